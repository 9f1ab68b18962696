/** What a conversion returns besides the text, and what a reader can ask of it. */

/**
 * A one-to-many character converted without a phrase to decide it (发 → 發, not 髮): its offset in the converted
 * block's text and its possible forms, the one chosen first.
 */
export interface Choice {
  at: number;
  alternatives: string[];
}

export interface ConvertedBlock {
  pieces: string[];
  choices: Choice[];
}

/** A reader's own phrase: `from` is always written `to` in this direction, before OpenCC's phrases apply. */
export interface ReaderPhrase {
  from: string;
  to: string;
}

export interface ConversionOptions {
  /** The reader's phrases for this direction. */
  phrases?: readonly ReaderPhrase[];
  /** “ ” ‘ ’ around Chinese text become 「 」 『 』 in traditional text, and back in simplified. */
  cornerQuotes?: boolean;
}
