import { crc32 } from "node:zlib";

const LOCAL_FILE_HEADER_SIGNATURE = 0x04034b50;
const CENTRAL_DIRECTORY_SIGNATURE = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY_SIGNATURE = 0x06054b50;
const VERSION_2_0 = 20;
const METHOD_STORED = 0;
/** MS-DOS date for 1980-01-01, the earliest a zip entry can carry; it keeps the archive reproducible. */
const DOS_DATE_1980_01_01 = (1 << 5) | 1;
/** Unix regular file with mode 0644, in the high 16 bits of the external attributes. */
const UNIX_FILE_0644 = (0o100644 << 16) >>> 0;

/**
 * Builds a zip archive that stores one file uncompressed, enough for a Lambda deployment package.
 * The bytes depend only on the name and content.
 */
export function zipSingleFile(fileName: string, content: string): Uint8Array {
  const name = Buffer.from(fileName, "utf8");
  const data = Buffer.from(content, "utf8");
  const checksum = crc32(data);

  const localHeader = Buffer.alloc(30);
  localHeader.writeUInt32LE(LOCAL_FILE_HEADER_SIGNATURE, 0);
  localHeader.writeUInt16LE(VERSION_2_0, 4);
  localHeader.writeUInt16LE(0, 6); // general purpose flags
  localHeader.writeUInt16LE(METHOD_STORED, 8);
  localHeader.writeUInt16LE(0, 10); // modification time 00:00:00
  localHeader.writeUInt16LE(DOS_DATE_1980_01_01, 12);
  localHeader.writeUInt32LE(checksum, 14);
  localHeader.writeUInt32LE(data.length, 18); // compressed size
  localHeader.writeUInt32LE(data.length, 22); // uncompressed size
  localHeader.writeUInt16LE(name.length, 26);
  localHeader.writeUInt16LE(0, 28); // extra field length

  const centralHeader = Buffer.alloc(46);
  centralHeader.writeUInt32LE(CENTRAL_DIRECTORY_SIGNATURE, 0);
  centralHeader.writeUInt16LE(VERSION_2_0 | (3 << 8), 4); // made by: version 2.0 on Unix
  centralHeader.writeUInt16LE(VERSION_2_0, 6);
  centralHeader.writeUInt16LE(0, 8);
  centralHeader.writeUInt16LE(METHOD_STORED, 10);
  centralHeader.writeUInt16LE(0, 12);
  centralHeader.writeUInt16LE(DOS_DATE_1980_01_01, 14);
  centralHeader.writeUInt32LE(checksum, 16);
  centralHeader.writeUInt32LE(data.length, 20);
  centralHeader.writeUInt32LE(data.length, 24);
  centralHeader.writeUInt16LE(name.length, 28);
  centralHeader.writeUInt16LE(0, 30); // extra field length
  centralHeader.writeUInt16LE(0, 32); // comment length
  centralHeader.writeUInt16LE(0, 34); // disk number
  centralHeader.writeUInt16LE(0, 36); // internal attributes
  centralHeader.writeUInt32LE(UNIX_FILE_0644, 38);
  centralHeader.writeUInt32LE(0, 42); // offset of the local header

  const localEntryLength = localHeader.length + name.length + data.length;
  const centralDirectoryLength = centralHeader.length + name.length;

  const end = Buffer.alloc(22);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY_SIGNATURE, 0);
  end.writeUInt16LE(0, 4); // this disk
  end.writeUInt16LE(0, 6); // disk with the central directory
  end.writeUInt16LE(1, 8); // entries on this disk
  end.writeUInt16LE(1, 10); // entries in total
  end.writeUInt32LE(centralDirectoryLength, 12);
  end.writeUInt32LE(localEntryLength, 16); // offset of the central directory
  end.writeUInt16LE(0, 20); // comment length

  return Buffer.concat([localHeader, name, data, centralHeader, name, end]);
}
