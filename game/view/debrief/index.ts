// The debrief panel's public API: mount it into any element (end screen, replay viewer); the models are exported
// for tests and for other views that want the same figures.

export { type DanceModel, danceModel, exportFileName } from './dance-model';
export { type DebriefHandle, type DebriefInput, type DebriefOptions, mountDebrief } from './debrief';
export { type DebriefModel, debriefModel } from './debrief-model';
