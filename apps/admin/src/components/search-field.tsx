import { useEffect, useId, useState } from "react";
import { useSearchParams } from "react-router";

/** Cursor parameters a new search must drop: page 1 of the old results is not page 1 of the new. */
const pagingParams = ["after", "before"];

/**
 * A search box whose text lives in the address (?search=…), so a search can be shared, reloaded
 * and undone with Back. Typing writes the address after a short pause, replacing the current
 * history entry rather than adding one per keystroke.
 */
export function SearchField({ label, hint, param = "search", delayMs = 250 }: { label: string; hint?: string; param?: string; delayMs?: number }) {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const inAddress = params.get(param) ?? "";
  const [text, setText] = useState(inAddress);
  // What this box last wrote, to tell its own writes arriving late (while typing went on) from
  // the address changing underneath it (Back, a link), which must replace the text.
  const [written, setWritten] = useState<string | null>(null);
  const [lastSeen, setLastSeen] = useState(inAddress);
  if (inAddress !== lastSeen) {
    setLastSeen(inAddress);
    if (inAddress !== written) {
      setText(inAddress);
      setWritten(null);
    }
  }

  useEffect(() => {
    if (text === inAddress) return;
    const timer = setTimeout(() => {
      setWritten(text);
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (text) next.set(param, text);
          else next.delete(param);
          for (const name of pagingParams) next.delete(name);
          return next;
        },
        { replace: true },
      );
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, inAddress, param, delayMs, setParams]);

  return (
    <search className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </search>
  );
}
