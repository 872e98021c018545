/**
 * Desktop notifications through Electron's Notification, and the dock or taskbar badge. Electron comes
 * in as an argument (tests pass fakes). A notification is kept referenced until the next one: one that
 * is garbage-collected before it is clicked would lose its click.
 */
import type { ReminderNote } from './reminders';

export interface NotificationLike {
  on(event: 'click', listener: () => void): unknown;
  show(): void;
}

export interface NotificationModule {
  isSupported(): boolean;
  new (options: { title: string; body: string }): NotificationLike;
}

/** Shows a note where the system has notifications; `onClick` when the user clicks it. */
export function createNotifier(
  Notification: NotificationModule | undefined,
  onClick: () => void,
): (note: ReminderNote) => void {
  let shown: NotificationLike | undefined;
  return (note) => {
    if (!Notification?.isSupported()) return;
    const notification = new Notification({ title: note.title, body: note.body });
    notification.on('click', onClick);
    notification.show();
    shown = notification;
    void shown;
  };
}
