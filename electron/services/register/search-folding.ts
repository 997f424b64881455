/**
 * Folds text for the search index and for queries alike, so "lukasz" finds "Łukasz" and
 * "odegard" finds "Ødegård". SQLite's tokenizer strips accents but not letters like Ł or Ø,
 * which are letters of their own in Unicode rather than a letter plus a mark.
 */
const LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  þ: 'th',
};

export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[łøæœßđðħıþ]/g, (letter) => LETTERS[letter] ?? letter);
}
