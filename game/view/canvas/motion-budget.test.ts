// The motion budget: software rasterisers are named, and slow animation frames (median of the last few) stop the
// canvas's animations while a few slow frames among fast ones do not.
import { describe, expect, it } from 'vitest';
import { FRAME_BUDGET_MS, isSoftwareRenderer, overBudget } from './motion-budget';

describe('isSoftwareRenderer', () => {
  it('names SwiftShader, llvmpipe and the Windows fallback as software', () => {
    expect(
      isSoftwareRenderer(
        'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      ),
    ).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.7, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11)')).toBe(true);
  });
  it('does not name hardware GPUs', () => {
    expect(isSoftwareRenderer('ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
    expect(isSoftwareRenderer('Apple M1')).toBe(false);
    expect(isSoftwareRenderer('')).toBe(false);
  });
});

describe('overBudget', () => {
  it('needs at least three frames to judge', () => {
    expect(overBudget([])).toBe(false);
    expect(overBudget([200, 200])).toBe(false);
  });
  it('is over budget when the median of the recent frames is slower than the budget', () => {
    expect(overBudget([80, 90, 100])).toBe(true);
    expect(overBudget([16, 17, 16, 200, 16])).toBe(false);
    expect(overBudget([16, 16, FRAME_BUDGET_MS + 1, FRAME_BUDGET_MS + 1, FRAME_BUDGET_MS + 1])).toBe(true);
    expect(overBudget([FRAME_BUDGET_MS, FRAME_BUDGET_MS, FRAME_BUDGET_MS])).toBe(false);
  });
  it('looks only at the recent frames', () => {
    expect(overBudget([100, 100, 100, 100, 16, 16, 16, 16, 16])).toBe(false);
  });
});
