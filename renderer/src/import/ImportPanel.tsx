/**
 * Import a file from the app: pick it — in the desktop app the file input opens the system's dialog in
 * main, which reads the chosen file from disk (any size); elsewhere (the browser harness) the input's own
 * picker, whose bytes are sent (up to 50 MB) — main previews it with the import pipeline —
 * new and matched people, likely duplicates, encounters, every skipped line with its reason — and only
 * "Import" writes it, in one undoable step. A file that cannot be read says why and what to do.
 * A file can also be dropped onto the panel; dropping anywhere else does nothing (the shell blocks navigation).
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ImportPreviewSummary, MAX_IMPORT_BYTES_IN_REQUEST } from '../../../shared/ipc/contract';
import { type ApiError, toApiError } from '../api/client';
import { Field } from '../components/Field';
import { FormError } from '../components/FormError';
import { useFocusRequest } from '../components/use-focus-request';
import { todayIso } from '../i18n/format';
import { useClient } from '../store/context';
import { bytesToBase64 } from './base64';
import { ContactLogDetails } from './ContactLogDetails';
import { ImportProgress } from './ImportProgress';
import { LinkedInTouchSwitch } from './LinkedInTouchSwitch';

/** What a preview is asked with besides the file: answers about an export, and the LinkedIn switch. */
type PreviewAnswer = { me?: string[]; choices?: Record<string, string>; linkedinConnectedAsTouch?: boolean };

type Ready = Extract<ImportPreviewSummary, { status: 'ready' }>;
/** A file picked in the window (its bytes are sent) or in the system's dialog (main reads it from disk). */
type Chosen = { kind: 'bytes'; file: File } | { kind: 'disk'; ref: string; fileName: string; bytes: number };
const nameOf = (chosen: Chosen) => (chosen.kind === 'bytes' ? chosen.file.name : chosen.fileName);
const sizeOf = (chosen: Chosen) => (chosen.kind === 'bytes' ? chosen.file.size : chosen.bytes);
const LIST = 20;

interface Props {
  onImported: (counts: Record<string, number>, fileName: string) => void;
}

export function ImportPanel({ onImported }: Props) {
  const client = useClient();
  const { t, i18n } = useTranslation('import');
  const inputId = useId();
  const [preview, setPreview] = useState<Ready | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [mergeDuplicates, setMergeDuplicates] = useState(true);
  const [reading, setReading] = useState<{ name: string; megabytes: number } | undefined>();
  const [dragging, setDragging] = useState(false);
  /** The running preview's id (for its progress and Cancel), and the file last chosen (to answer its questions). */
  const [job, setJob] = useState<string | undefined>();
  const [chosen, setChosen] = useState<Chosen | undefined>();
  const picker = useRef<HTMLInputElement>(null);
  /** Whether main has a system dialog (unknown until first asked; the browser harness has none). */
  const diskChooser = useRef<boolean | undefined>(undefined);
  // File ▸ Import… asks for the file picker.
  useFocusRequest('import', picker);

  const [asked, setAsked] = useState<PreviewAnswer>({});
  const choose = async (source: Chosen | undefined, answer: PreviewAnswer = {}) => {
    setAsked(answer);
    setPreview(undefined);
    setProblem(undefined);
    setError(undefined);
    setChosen(source);
    if (!source) return;
    const fileName = nameOf(source);
    if (source.kind === 'bytes' && source.file.size > MAX_IMPORT_BYTES_IN_REQUEST) {
      // Too large to send: in the desktop app the system's dialog reads it from disk instead.
      setProblem(
        t(diskChooser.current === false ? 'import:panel.tooLarge' : 'import:panel.tooLargeToDrop', {
          file: fileName,
        }),
      );
      return;
    }
    setBusy(true);
    setReading({ name: fileName, megabytes: sizeOf(source) / (1024 * 1024) });
    const jobId = newJobId();
    setJob(jobId);
    try {
      const file =
        source.kind === 'bytes'
          ? { base64: bytesToBase64(new Uint8Array(await source.file.arrayBuffer())) }
          : { fileRef: source.ref };
      const result = await client.import.preview({ fileName, ...file, today: todayIso(), jobId, ...answer });
      if (result.status === 'error') setProblem(t(`import:errors.${result.reason}`, result.params));
      else if (result.status === 'cancelled') setProblem(t('import:panel.cancelled', { file: fileName }));
      else setPreview(result);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
      setReading(undefined);
      setJob(undefined);
    }
  };

  const picked = (file: File | undefined) => choose(file ? { kind: 'bytes', file } : undefined);

  /** The file input's click: the system's dialog in main where there is one, else the input's own picker. */
  const onPickerClick = (event: React.MouseEvent<HTMLInputElement>) => {
    if (diskChooser.current === false) return;
    event.preventDefault();
    void (async () => {
      try {
        const answer = await client.import.choose({});
        if (answer.status === 'unavailable') {
          diskChooser.current = false;
          picker.current?.click();
        } else {
          diskChooser.current = true;
          if (answer.status === 'chosen') await choose({ kind: 'disk', ...answer.file });
        }
      } catch (e) {
        setError(toApiError(e));
      }
    })();
  };

  const onDrop = (event: React.DragEvent<HTMLFieldSetElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) void picked(event.dataTransfer.files[0]);
  };

  const commit = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const { counts } = await client.import.commit({ token: preview.token, mergeDuplicates });
      setPreview(undefined);
      onImported(counts, preview.fileName);
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  const c = preview?.counts ?? {};
  return (
    <div className="import-panel">
      <fieldset
        className={dragging ? 'field import-drop is-dragging' : 'field import-drop'}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Field
          label={t('import:panel.choose')}
          hint={`${t('import:panel.hint')} ${t('import:panel.dropHint')}`}
        >
          <input
            ref={picker}
            type="file"
            accept=".vcf,.vcard,.csv,.ics,.ical,.json,.txt,.zip,.xml,.mbox,text/vcard,text/csv,text/calendar,application/json,text/plain,application/zip,text/xml,application/mbox"
            disabled={busy}
            onClick={onPickerClick}
            onChange={(e) => void picked(e.target.files?.[0])}
          />
        </Field>
        {chosen?.kind === 'disk' && (
          // The input itself still says "no file chosen": the file came from the system's dialog.
          <p className="form-note">
            {t('import:panel.chosenFromDisk', {
              file: chosen.fileName,
              size: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(
                chosen.bytes / (1024 * 1024),
              ),
            })}
          </p>
        )}
      </fieldset>
      {busy && !preview && job && reading && (
        <ImportProgress client={client} jobId={job} fileName={reading.name} />
      )}
      {busy && !preview && (
        <p className="muted" role="status">
          {reading && reading.megabytes >= 1
            ? t('import:panel.readingLarge', {
                file: reading.name,
                size: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(
                  reading.megabytes,
                ),
              })
            : t('import:panel.reading')}
        </p>
      )}
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <FormError error={error} />
      {preview && (
        <section className="import-preview" aria-labelledby={`${inputId}-title`}>
          <h3 id={`${inputId}-title`}>
            {t('import:preview.title', {
              file: preview.fileName,
              format: t(`import:format.${preview.format}`),
            })}
          </h3>
          <ul className="import-counts">
            <li>{t('import:preview.newPeople', { count: c.newPeople ?? 0 })}</li>
            <li>{t('import:preview.matchedPeople', { count: c.matchedPeople ?? 0 })}</li>
            <li>{t('import:preview.likelyDuplicates', { count: c.likelyDuplicates ?? 0 })}</li>
            <li>{t('import:preview.newContexts', { count: c.newContexts ?? 0 })}</li>
            <li>{t('import:preview.encounters', { count: c.encounters ?? 0 })}</li>
            <li>{t('import:preview.ties', { count: c.ties ?? 0 })}</li>
            <li>{t('import:preview.skipped', { count: c.skipped ?? 0 })}</li>
            {(c.shortened ?? 0) > 0 && <li>{t('import:preview.shortened', { count: c.shortened })}</li>}
          </ul>
          {preview.format === 'linkedin' && (
            <LinkedInTouchSwitch
              checked={asked.linkedinConnectedAsTouch === true}
              busy={busy}
              onChange={(on) => void choose(chosen, { ...asked, linkedinConnectedAsTouch: on })}
            />
          )}
          {preview.log && (
            <ContactLogDetails
              log={preview.log}
              busy={busy}
              onAnswer={(answer) => void choose(chosen, answer)}
            />
          )}
          {preview.notices.map((n) => (
            <p key={n.code} className="form-note">
              {t(`import:notice.${n.code}`, n.values)}
            </p>
          ))}
          {(c.removedPeople ?? 0) + (c.removedEncounters ?? 0) > 0 && (
            <p className="form-note">
              {t('import:preview.removed', {
                people: c.removedPeople ?? 0,
                encounters: c.removedEncounters ?? 0,
              })}
            </p>
          )}
          {preview.newPeople.length > 0 && (
            <details>
              <summary>{t('import:panel.newPeopleList', { count: c.newPeople ?? 0 })}</summary>
              <ul className="plain-list">
                {preview.newPeople.slice(0, 200).map((p) => (
                  <li key={`${p.name}-${p.lines.join()}`}>{p.name}</li>
                ))}
              </ul>
            </details>
          )}
          {preview.likelyDuplicates.length > 0 && (
            <>
              <ul className="plain-list">
                {preview.likelyDuplicates.slice(0, LIST).map((d) => (
                  <li key={`${d.name}-${d.other}`}>
                    {t('import:preview.duplicateLine', {
                      name: d.name,
                      other: d.other,
                      reason: t(`import:preview.reason.${d.reason}`),
                    })}
                  </li>
                ))}
              </ul>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={mergeDuplicates}
                  onChange={(e) => setMergeDuplicates(e.target.checked)}
                />
                {t('import:panel.mergeDuplicates')}
              </label>
            </>
          )}
          {preview.skipped.length > 0 && (
            <details>
              <summary>{t('import:panel.skippedList', { count: c.skipped ?? 0 })}</summary>
              <ul className="plain-list">
                {preview.skipped.slice(0, 200).map((s) => (
                  <li key={`${s.line}-${s.reason}-${s.detail ?? ''}`}>
                    {t('import:preview.skippedLine', {
                      line: s.line,
                      reason: s.detail
                        ? `${t(`import:skip.${s.reason}`)} (${s.detail})`
                        : t(`import:skip.${s.reason}`),
                    })}
                  </li>
                ))}
              </ul>
            </details>
          )}
          {preview.shortened.length > 0 && (
            <details>
              <summary>{t('import:preview.shortened', { count: c.shortened ?? 0 })}</summary>
              <ul className="plain-list">
                {uniqueShortenings(preview.shortened).map((s) => (
                  <li key={`${s.line}-${s.field}-${s.length}-${s.kept}`}>
                    {t(s.kept === 0 ? 'import:preview.leftOutLine' : 'import:preview.shortenedLine', {
                      ...s,
                      field: t(`import:field.${s.field}`),
                    })}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setPreview(undefined)}>
              {t('app:form.cancel')}
            </button>
            <button
              type="button"
              className="button is-primary"
              disabled={busy || preview.log?.ownerQuestion !== undefined}
              onClick={() => void commit()}
            >
              {t('import:panel.confirm')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}

/** Two numbers of one line cut alike read the same: each line is listed once. */
function uniqueShortenings(list: Ready['shortened']): Ready['shortened'] {
  return [...new Map(list.map((s) => [`${s.line}-${s.field}-${s.length}-${s.kept}`, s])).values()];
}

/** An id for one preview (its progress events and Cancel); getRandomValues works on the app's own page. */
function newJobId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}
