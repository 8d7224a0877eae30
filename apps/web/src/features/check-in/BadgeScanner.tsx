import jsQR from 'jsqr';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { fieldErrors, FormField } from '../../components/form';
import { useI18n } from '../../lib/i18n';

/** How often a camera frame is decoded, and how long the same code is ignored after it was read. */
const DECODE_EVERY_MS = 200;
const SAME_CODE_PAUSE_MS = 4000;

/**
 * Reads a badge's QR code with the tablet's camera (jsQR on the video frames), or takes the code typed or
 * pasted (a handheld scanner types it too), and hands it to `onCode`.
 */
export function BadgeScanner({ onCode, busy, error }: { onCode: (code: string) => void; busy: boolean; error: unknown }) {
  const { labels } = useI18n();
  const [scanning, setScanning] = useState(false);
  const [noCamera, setNoCamera] = useState(false);
  const [code, setCode] = useState('');
  const video = useRef<HTMLVideoElement>(null);
  const last = useRef<{ code: string; at: number } | null>(null);
  const handler = useRef(onCode);
  handler.current = onCode;

  useEffect(() => {
    if (!scanning) return;
    let stream: MediaStream | null = null;
    let timer = 0;
    let stopped = false;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const tick = () => {
      const v = video.current;
      if (stopped || !v || !context) return;
      if (v.readyState >= v.HAVE_ENOUGH_DATA && v.videoWidth > 0) {
        canvas.width = v.videoWidth;
        canvas.height = v.videoHeight;
        context.drawImage(v, 0, 0, canvas.width, canvas.height);
        const image = context.getImageData(0, 0, canvas.width, canvas.height);
        const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
        const now = Date.now();
        if (found?.data && !(last.current?.code === found.data && now - last.current.at < SAME_CODE_PAUSE_MS)) {
          last.current = { code: found.data, at: now };
          handler.current(found.data);
        }
      }
      timer = window.setTimeout(tick, DECODE_EVERY_MS);
    };
    const media = navigator.mediaDevices as MediaDevices | undefined;
    if (!media?.getUserMedia) {
      setNoCamera(true);
      setScanning(false);
      return;
    }
    media
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then((s) => {
        stream = s;
        if (stopped) return s.getTracks().forEach((t) => t.stop());
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play().catch(() => undefined);
        }
        tick();
      })
      .catch(() => {
        setNoCamera(true);
        setScanning(false);
      });
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [scanning]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const typed = code.trim();
    if (typed) {
      onCode(typed);
      setCode('');
    }
  };
  const errors = fieldErrors(error);
  return (
    <section className="card" aria-labelledby="desk-scan-title">
      <h2 id="desk-scan-title" className="h3">
        {labels.desk.scanTitle}
      </h2>
      <div className="desk-scan">
        <div>
          <button type="button" className="button large" aria-pressed={scanning} onClick={() => setScanning(!scanning)}>
            {scanning ? labels.desk.scanStop : labels.desk.scanStart}
          </button>
          {scanning && (
            <>
              <p className="small muted">{labels.desk.scanHint}</p>
              <video ref={video} muted playsInline aria-label={labels.desk.scanTitle} />
            </>
          )}
          {noCamera && <p className="small muted">{labels.desk.scanNoCamera}</p>}
        </div>
        <form className="row" onSubmit={onSubmit}>
          <FormField label={labels.desk.code} hint={labels.desk.codeHint} errors={errors('code')}>
            {(props) => <input {...props} value={code} autoComplete="off" spellCheck={false} onChange={(e) => setCode(e.target.value)} />}
          </FormField>
          <button type="submit" className="button primary align-end" disabled={busy || !code.trim()}>
            {labels.desk.codeSubmit}
          </button>
        </form>
      </div>
    </section>
  );
}
