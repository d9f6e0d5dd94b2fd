// The one version of Summit: package.json's. Replays record it as `summit-<version>` (their `game` field), the CLI
// prints it; both read it from here, so a release bumps one number.
import pkg from '../../package.json' with { type: 'json' };

/** package.json's version, e.g. "0.1.0". */
export const VERSION: string = pkg.version;

/** What a replay's `game` field says recorded it, e.g. "summit-0.1.0". */
export const GAME_VERSION = `summit-${VERSION}`;
