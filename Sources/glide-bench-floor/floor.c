// The floor of a once-a-second terminal clock, for glide-bench to compare against: wait in
// poll(2) until the next whole second of the monotonic clock, write 480 bytes (about what
// Glide's countdown sends a second) to the terminal, and again, doing nothing else. What it
// costs is what any such clock costs on the machine: the wake, the poll and the write.
#include <poll.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int main(void) {
  char frame[480];
  memset(frame, 'x', sizeof frame);
  for (int row = 0; row < 6; row++) memcpy(frame + row * 80, "\033[5;5H", 6);
  struct pollfd keyboard = {0, POLLIN, 0};
  for (;;) {
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    if (poll(&keyboard, 1, (int)(1000 - now.tv_nsec / 1000000)) > 0) return 0;
    if (write(1, frame, sizeof frame) < 0) return 1;
  }
}
