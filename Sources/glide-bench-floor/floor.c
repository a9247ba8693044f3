// The floor of a terminal clock, for glide-bench to compare against: wait in poll(2) until
// the next whole period of the monotonic clock, write a frame's bytes to the terminal, and
// again, doing nothing else. What it costs is what any program that changes the screen that
// often costs on the machine: the wake, the poll and the write.
//
//   glide-bench-floor              once a second, 480 bytes (about Glide's countdown)
//   glide-bench-floor 104 56       every 104 ms, 56 bytes (about a breath pacer's change)
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
  long period = argc > 1 ? atol(argv[1]) : 1000;
  size_t size = argc > 2 ? (size_t)atol(argv[2]) : 480;
  if (period < 1 || size < 8 || size > 4096) {
    fputs("usage: glide-bench-floor [PERIOD-MS (1 or more) [BYTES (8 to 4096)]]\n", stderr);
    return 2;
  }
  char frame[4096];
  memset(frame, 'x', size);
  // A cursor move at the start of each 80-byte row keeps the bytes on the screen.
  for (size_t row = 0; row * 80 + 6 <= size; row++) memcpy(frame + row * 80, "\033[5;5H", 6);
  struct pollfd keyboard = {0, POLLIN, 0};
  for (;;) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    long milliseconds = (long)(now.tv_sec % 86400) * 1000 + now.tv_nsec / 1000000;
    if (poll(&keyboard, 1, (int)(period - milliseconds % period)) > 0) return 0;
    if (write(1, frame, size) < 0) return 1;
  }
}
