/**
 * Entry of the Electron main process (built to out/main/index.cjs). Everything happens in `startApp`;
 * this file only hands it Electron's modules and the built app's folder (`__dirname` is out/main in
 * the CommonJS bundle, so out/ is its parent).
 */
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { restoreBackup } from '../store/index';
import { startApp } from './app';

export const started = startApp(
  { app, BrowserWindow, dialog, ipcMain, Menu, Notification, protocol, safeStorage, screen, session, shell },
  {
    outDir: join(__dirname, '..'),
    proc: process,
    restoreBackup: async (dataFile, backup, unlock) => {
      await restoreBackup(dataFile, backup.path, unlock ? { unlock } : {});
    },
  },
);
