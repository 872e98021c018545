/** "Are you sure?" for what cannot be taken back lightly (delete, restore): a modal with two buttons. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** A red confirm button for destructive actions. */
  danger?: boolean;
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  danger,
  busy,
  onConfirm,
  onCancel,
}: Props) {
  const { t } = useTranslation('app');
  return (
    <Dialog open={open} title={title} onClose={onCancel}>
      <div className="confirm">
        {children}
        <div className="form-actions">
          <button type="button" className="button" data-autofocus onClick={onCancel}>
            {t('app:form.cancel')}
          </button>
          <button
            type="button"
            className={danger ? 'button is-danger' : 'button is-primary'}
            disabled={busy}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
