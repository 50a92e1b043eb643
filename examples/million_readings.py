"""The Python side of examples/million_readings.rs: one million sensor readings held as a plain
class and as a __slots__ class, measured with tracemalloc.

Run: python3 examples/million_readings.py
"""

import tracemalloc

COUNT = 1_000_000
UNITS = ("celsius", "fahrenheit", "kelvin")


class PlainReading:
    def __init__(self, timestamp, value, unit):
        self.timestamp = timestamp
        self.value = value
        self.unit = unit


class SlotsReading:
    __slots__ = ("timestamp", "value", "unit")

    def __init__(self, timestamp, value, unit):
        self.timestamp = timestamp
        self.value = value
        self.unit = unit


def measure(cls):
    tracemalloc.start()
    readings = [cls(1_700_000_000 + i, 20.0 + (i % 100) * 0.1, UNITS[i % 3]) for i in range(COUNT)]
    current, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(readings) == COUNT
    return current


def main():
    for cls in (PlainReading, SlotsReading):
        total = measure(cls)
        print(f"  {cls.__name__:<14} {total:>12,} bytes  {total / COUNT:>6.1f} B/reading")


if __name__ == "__main__":
    main()
