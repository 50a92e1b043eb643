"""Writes a few WAV files with Python's `wave` (mono and stereo, 8 and 16 bits, several rates, an
odd-length data chunk followed by its pad byte, `LIST` chunks written with `struct`) into the
directory given, reads each back with `wave`, and prints one JSON object per file: what `wave`
reports, the chunks as `struct` walks them, and the samples `wave` reads back."""
import io
import json
import os
import struct
import sys
import wave


def samples(width, count):
    """A saw-tooth of `count` samples: unsigned bytes at 8 bits, signed at 16 bits."""
    if width == 1:
        return [(i * 37 + 11) % 256 for i in range(count)]
    return [((i * 4099 + 123) % 65536) - 32768 for i in range(count)]


def pack(width, values):
    return bytes(values) if width == 1 else struct.pack(f"<{len(values)}h", *values)


def list_chunk(text):
    """A `LIST` chunk of type `INFO` holding one `ISFT` (software) entry, padded to even."""
    entry = text.encode() + b"\x00"
    entry = b"ISFT" + struct.pack("<I", len(entry)) + entry + (b"\x00" if len(entry) % 2 else b"")
    body = b"INFO" + entry
    return b"LIST" + struct.pack("<I", len(body)) + body


def chunk_with_pad(data):
    return data + (b"\x00" if len(data) % 2 else b"")


# name, channels, sample width in bytes, rate, frames, where a LIST chunk goes (None, "before", "after" data)
FILES = [
    ("mono8_odd.wav", 1, 1, 8000, 11, "after"),
    ("stereo16_list.wav", 2, 2, 44100, 100, "before"),
    ("mono16.wav", 1, 2, 22050, 50, None),
    ("stereo8.wav", 2, 1, 11025, 7, None),
    ("mono16_empty.wav", 1, 2, 48000, 0, None),
]

for name, channels, width, rate, frames, list_at in FILES:
    values = samples(width, frames * channels)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(channels)
        writer.setsampwidth(width)
        writer.setframerate(rate)
        writer.writeframes(pack(width, values))
    raw = buffer.getvalue()
    # `wave` writes RIFF, fmt and data in 44 bytes and leaves out the pad byte after odd data.
    header, fmt, data = raw[:12], raw[12:36], raw[36:]
    data = chunk_with_pad(data)
    extra = list_chunk(f"Python wave, {name}") if list_at else b""
    body = b"WAVE" + fmt + (extra if list_at == "before" else b"") + data + (extra if list_at == "after" else b"")
    path = os.path.join(sys.argv[1], name)
    with open(path, "wb") as f:
        f.write(b"RIFF" + struct.pack("<I", len(body)) + body)

    with wave.open(path, "rb") as reader:
        read = reader.readframes(reader.getnframes())
        report = {
            "name": name,
            "nchannels": reader.getnchannels(),
            "sampwidth": reader.getsampwidth(),
            "framerate": reader.getframerate(),
            "nframes": reader.getnframes(),
        }
    read_values = list(read) if width == 1 else list(struct.unpack(f"<{len(read) // 2}h", read))
    assert read_values == values, name
    report["sum"] = sum(read_values)
    report["first"] = read_values[:8]
    report["last"] = read_values[-1] if read_values else None

    with open(path, "rb") as f:
        whole = f.read()
    kind, size, form = struct.unpack("<4sI4s", whole[:12])
    report["riff"] = [kind.decode(), size, form.decode()]
    report["chunks"] = []
    at = 12
    while at < len(whole):
        kind, size = struct.unpack("<4sI", whole[at:at + 8])
        report["chunks"].append([kind.decode(), size])
        if kind == b"fmt ":
            fields = struct.unpack("<HHIIHH", whole[at + 8:at + 24])
            report["fmt"] = dict(zip(["audio_format", "channels", "sample_rate", "byte_rate", "block_align", "bits_per_sample"], fields))
        at += 8 + size + size % 2
    print(json.dumps(report))
