// Which entries the title menu shows. Only what works is shown: Continue appears once there is a game to
// continue, never as a disabled promise.

export type MenuId = 'play' | 'continue' | 'host' | 'join' | 'replay' | 'studio' | 'settings';

export interface MenuItem {
  id: MenuId;
  label: string;
  description: string; // read by screen readers (aria-describedby) and shown as a small caption
}

export interface TitleMenuInput {
  canContinue: boolean;
  /** Served by a Summit server (npm start): online rooms are there to host and join. */
  online?: boolean;
}

export function titleMenu(input: TitleMenuInput): MenuItem[] {
  const items: MenuItem[] = [];
  if (input.canContinue) {
    items.push({ id: 'continue', label: 'Continue', description: 'Return to your game in progress' });
  }
  items.push({ id: 'play', label: 'Play', description: 'Choose a summit and take a seat' });
  if (input.online) {
    items.push({
      id: 'host',
      label: 'Host an online game',
      description: 'Open a room; everyone plays on their own device',
    });
    items.push({ id: 'join', label: 'Join a game', description: 'Join a room with the code your host shows' });
  }
  items.push({ id: 'replay', label: 'Open a replay', description: 'Watch a shared game from a file or a link' });
  items.push({
    id: 'studio',
    label: 'Write a scenario',
    description: 'Write your own summit, check it as you type, balance it and play it',
  });
  items.push({ id: 'settings', label: 'Settings', description: 'Sound, motion, colours and text size' });
  return items;
}
