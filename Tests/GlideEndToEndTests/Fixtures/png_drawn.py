"""Exit 0 when a PNG shows a drawing: enough non-white pixels in enough colours."""
import struct
import sys
import zlib


def pixels(path):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert depth == 8 and color in (2, 6), f"unexpected PNG format {depth}/{color}"
    size = 3 if color == 2 else 4
    raw, stride = zlib.decompress(idat), width * size
    previous, rows = bytearray(stride), []
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - size] if x >= size else 0
            b = previous[x]
            c = previous[x - size] if x >= size else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, size, rows


width, height, size, rows = pixels(sys.argv[1])
drawn, colours = 0, set()
for row in rows:
    for x in range(0, width * size, size * 4):
        rgb = row[x:x + 3]
        if rgb != b"\xff\xff\xff":
            drawn += 1
            colours.add(bytes(rgb))
share = drawn / (width * height / 4)
print(f"{width}x{height}: {share:.1%} drawn, {len(colours)} colours")
sys.exit(0 if share > 0.03 and len(colours) >= 8 else 1)
