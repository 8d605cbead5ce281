import { textSpans } from '../domain/markedText';

/** A data text with its quoted English marked lang="en" (see src/domain/markedText.ts). */
export function MarkedText({ text }: { text: string }) {
  return (
    <>
      {textSpans(text).map((s, i) =>
        s.lang ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: spans of one text, in order
          <span key={i} lang={s.lang}>
            {s.text}
          </span>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
