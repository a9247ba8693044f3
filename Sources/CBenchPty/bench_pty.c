#include "bench_pty.h"
#include <pty.h>
#include <sys/ioctl.h>
#include <unistd.h>

pid_t bench_spawn_on_pty(int *master, unsigned short rows, unsigned short cols,
                         const char *path, char *const argv[], char *const envp[]) {
  struct winsize size = {rows, cols, 0, 0};
  pid_t pid = forkpty(master, NULL, NULL, &size);
  if (pid == 0) {
    execve(path, argv, envp);
    _exit(127);
  }
  return pid;
}

int bench_resize_pty(int master, unsigned short rows, unsigned short cols) {
  struct winsize size = {rows, cols, 0, 0};
  return ioctl(master, TIOCSWINSZ, &size);
}
