import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { convertBlocks, convertText } from '../../src/convert/index';
import { wordBoundaries } from '../../src/convert/words';

const openccJs = OpenCC.Converter({ from: 'cn', to: 'tw' });

describe('phrases chosen by the words of the sentence', () => {
  it.each([
    ['保护发展', '保護發展', '保護髮展'],
    ['学生发起倡议', '學生發起倡議', '學生髮起倡議'],
    ['总发电量', '總發電量', '總髮電量'],
    ['飞机被发明', '飛機被發明', '飛機被髮明'],
    ['垂直发射器', '垂直發射器', '垂直髮射器'],
    ['考试制度', '考試制度', '考試製度'],
    ['27天后', '27天後', '27天后'],
    ['消息一出，股市大涨', '消息一出，股市大漲', '消息一齣，股市大漲'],
    ['一出租屋', '一出租屋', '一齣租屋'],
    ['实行免签', '實行免簽', '實行免籤'],
  ])('%s → %s (opencc-js: %s)', async (input, expected, theirs) => {
    expect(openccJs(input)).toBe(theirs);
    expect(await convertText(input, 'tw', 'hans')).toBe(expected);
  });

  it('keeps OpenCC phrases longer than a word, and phrases inside one', async () => {
    expect(await convertText('世界杯赛', 'tw', 'hans')).toBe(openccJs('世界杯赛'));
    expect(await convertText('一出好戏', 'tw', 'hans')).toBe('一齣好戲');
    expect(await convertText('这出音乐剧', 'tw', 'hans')).toBe('這齣音樂劇');
    expect(await convertText('头发和理发', 'tw', 'hans')).toBe('頭髮和理髮');
  });

  it('counts with a measure word that is no verb even when nothing follows it', async () => {
    expect(await convertText('只有一只。', 'tw', 'hans')).toBe('只有一隻。');
    expect(await convertText('过了一周。', 'tw', 'hans')).toBe('過了一週。');
    expect(await convertText('这只是开始。', 'tw', 'hans')).toBe('這只是開始。');
  });

  it('converts a term the same way wherever it stands', async () => {
    const text = '长江干支流和治理干支流';
    expect(openccJs(text)).toBe('長江干支流和治理幹支流');
    expect(await convertText(text, 'tw', 'hans')).toBe('長江幹支流和治理幹支流');
    expect(await convertText('若干周线图', 'tw', 'hans')).toBe(openccJs('若干周线图'));
  });

  it('lets a phrase share a character with the next word only where both read it alike', async () => {
    // 上海/昆/剧团: 昆剧 (崑劇) and 剧团 (劇團) agree on 劇.
    expect(await convertText('记者从上海昆剧团获悉', 'tw', 'hans')).toBe('記者從上海崑劇團獲悉');
    // 地/表明/了: 地表 would leave 明 to 明了 (明瞭, to understand).
    expect(await convertText('地表明了当时人们的想法', 'tw', 'hans')).toBe('地表明了當時人們的想法');
    expect(await convertText('三十分钟', 'tw', 'hans')).toBe('三十分鐘');
  });

  it('keeps a surname before a given name or a title, and in a byline, as a name', async () => {
    expect(await convertText('县委书记范平明在会上说', 'tw', 'hans')).toBe('縣委書記范平明在會上說');
    expect(await convertText('范平明书记指出', 'tw', 'hans')).toBe('范平明書記指出');
    expect(await convertText('（记者 余晓明）', 'tw', 'hans')).toBe('（記者 余曉明）');
    expect(await convertText('余书记说', 'tw', 'hans')).toBe('余書記說');
    // The same characters as common words stay common words.
    expect(await convertText('于是主任决定', 'tw', 'hans')).toBe('於是主任決定');
    expect(await convertText('书记于今年到任，他还有余力', 'tw', 'hans')).toBe('書記於今年到任，他還有餘力');
  });

  it('reads 党 beside a title as the party, and a number of units as no place', async () => {
    expect(await convertText('共产党代表了人民的利益', 'tw', 'hans')).toBe('共產黨代表了人民的利益');
    expect(await convertText('学院党总支书记', 'tw', 'hans')).toBe('學院黨總支書記');
    expect(await convertText('只剩得几府几县', 'tw', 'hans')).toBe('只剩得幾府幾縣');
  });

  it('counts only with measure words, and a unit of length needs nothing after it', async () => {
    expect(await convertText('人的心肝五脏', 'tw', 'hans')).toBe('人的心肝五臟');
    expect(await convertText('前郭县二松回水堤', 'tw', 'hans')).toBe('前郭縣二松回水堤');
    expect(await convertText('枪能打三四里，一分时', 'tw', 'hans')).toBe('槍能打三四里，一分時');
    expect(await convertText('在这里，', 'tw', 'hans')).toBe('在這裡，');
  });

  it('keeps a surname in a list of people as a name', async () => {
    expect(await convertText('同期演员有余文乐、蔡卓妍、黎国辉等。', 'tw', 'hans')).toBe(
      '同期演員有余文樂、蔡卓妍、黎國輝等。',
    );
    expect(await convertText('嘉宾有沈腾、范伟、余文乐、王菲等', 'tw', 'hans')).toBe(
      '嘉賓有沈騰、范偉、余文樂、王菲等',
    );
    // A list of things, or a common word before the list, stays what it is.
    expect(await convertText('他有余粮、蔬菜、水果。', 'tw', 'hans')).toBe('他有餘糧、蔬菜、水果。');
    expect(await convertText('剩余部分、王某、李某', 'tw', 'hans')).toBe('剩餘部分、王某、李某');
  });

  it('carries a name the text shows in one block to the other blocks of the document', async () => {
    const [byline, body] = await convertBlocks([['记者 范平明'], ['范平明表示，发展是第一要务']], 'tw', 'hans');
    expect(byline!.pieces).toEqual(['記者 范平明']);
    expect(body!.pieces).toEqual(['范平明表示，發展是第一要務']);
    const [alone] = await convertBlocks([['范平明表示']], 'tw', 'hans');
    expect(alone!.pieces).toEqual(['範平明表示']);
  });

  it('keeps place names the text names as places', async () => {
    const text = '湖北省谷城县：打造云上谷城';
    expect(openccJs(text)).toBe('湖北省穀城縣：打造雲上穀城');
    expect(await convertText(text, 'tw', 'hans')).toBe('湖北省谷城縣：打造雲上谷城');
    expect(await convertText('沈阳市、余姚市和范县', 'tw', 'hans')).toBe('瀋陽市、餘姚市和范縣');
  });

  it('keeps the sound characters of foreign names', async () => {
    expect(await convertText('学者塔里克·拉马丹', 'tw', 'hans')).toBe('學者塔里克·拉馬丹');
    expect(await convertText('房间里有人', 'tw', 'hans')).toBe('房間裡有人');
  });
});

describe('choices', () => {
  it('reports one-to-many characters no phrase decided, with their alternatives, at their place in the output', async () => {
    const [block] = await convertBlocks([['前', '言：27天后出发，余书记说']], 'tw', 'hans');
    const text = block!.pieces.join('');
    expect(text).toBe('前言：27天後出發，余書記說');
    const at = (char: string) => text.indexOf(char);
    expect(block!.choices).toEqual([
      { at: at('後'), alternatives: ['後', '后'] },
      { at: at('余'), alternatives: ['余', '餘'] },
    ]);
  });

  it('gives alternatives in the target variant', async () => {
    const [block] = await convertBlocks([['屋里']], 'hant', 'hans');
    const [tw] = await convertBlocks([['在里']], 'tw', 'hans');
    expect(block!.pieces).toEqual(['屋裏']);
    expect(tw!.choices[0]?.alternatives).toEqual(['裡', '里']);
  });
});

describe('wordBoundaries', () => {
  it('marks word edges from the segmenter and keeps a number with its unit', () => {
    const edges = (text: string) => [...wordBoundaries(text)].flatMap((b, k) => (b === 1 ? [k] : []));
    expect(edges('保护发展')).toEqual([0, 2, 4]);
    expect(edges('27天后')).toEqual([0, 3, 4]);
    expect(edges('茶几周围')).toEqual([0, 2, 4]);
  });
});

describe('reader phrases and quotation marks', () => {
  it('applies the reader’s phrases before OpenCC’s, and never changes them afterwards', async () => {
    const phrases = [{ from: '头发', to: '頭毛' }];
    expect(await convertText('保护头发', 'tw', 'hans', { phrases })).toBe('保護頭毛');
    expect(await convertText('頭髮', 'hans', 'tw', { phrases: [{ from: '頭髮', to: '发丝' }] })).toBe('发丝');
  });

  it('turns quotation marks around Chinese into corner brackets, and back', async () => {
    const text = '他说：“你好，‘朋友’。”He said “hi”, it’s ‘fine’.';
    const corner = await convertText(text, 'tw', 'hans', { cornerQuotes: true });
    expect(corner).toBe('他說：「你好，『朋友』。」He said “hi”, it’s ‘fine’.');
    expect(await convertText(corner, 'hans', 'tw', { cornerQuotes: true })).toBe(
      '他说：“你好，‘朋友’。”He said “hi”, it’s ‘fine’.',
    );
    expect(await convertText(text, 'tw', 'hans')).toBe('他說：“你好，‘朋友’。”He said “hi”, it’s ‘fine’.');
  });
});
