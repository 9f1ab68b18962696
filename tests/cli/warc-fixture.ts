/** WARC archives built in the test from records given here: no archive files from elsewhere. */
import { WARCRecord, WARCSerializer } from 'warcio';

export interface ArchivedRecord {
  type: 'response' | 'resource' | 'request' | 'revisit' | 'warcinfo';
  url: string;
  /** HTTP status line of a response (`HTTP/1.1 200 OK` unless given). */
  status?: string;
  /** Content-Type of the HTTP response, or of a resource record. */
  contentType?: string;
  body?: Uint8Array | string;
}

async function* chunks(body: Uint8Array): AsyncGenerator<Uint8Array> {
  yield body;
}

/** The records serialised one after another, each gzipped as its own member when `gzip` (the .warc.gz layout). */
export async function buildWarc(records: ArchivedRecord[], { gzip }: { gzip: boolean }): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  for (const spec of records) {
    const body = typeof spec.body === 'string' ? new TextEncoder().encode(spec.body) : (spec.body ?? new Uint8Array());
    const record =
      spec.type === 'warcinfo'
        ? WARCRecord.createWARCInfo({ filename: 'test.warc', warcVersion: 'WARC/1.1' }, { software: 'qingdu tests' })
        : WARCRecord.create(
            {
              url: spec.url,
              type: spec.type,
              warcVersion: 'WARC/1.1',
              ...(spec.type === 'response' || spec.type === 'request'
                ? {
                    statusline: spec.type === 'request' ? 'GET / HTTP/1.1' : (spec.status ?? 'HTTP/1.1 200 OK'),
                    httpHeaders: spec.contentType ? { 'Content-Type': spec.contentType } : {},
                  }
                : { warcHeaders: spec.contentType ? { 'Content-Type': spec.contentType } : {} }),
            },
            chunks(body),
          );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(parts);
}
