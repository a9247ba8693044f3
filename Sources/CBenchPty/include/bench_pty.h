#ifndef GLIDE_BENCH_PTY_H
#define GLIDE_BENCH_PTY_H
#include <sys/types.h>

/* Starts `path` on a new pseudo-terminal of rows x cols as its controlling terminal;
   returns the child's pid (or -1) and the master side in *master. */
pid_t bench_spawn_on_pty(int *master, unsigned short rows, unsigned short cols,
                         const char *path, char *const argv[], char *const envp[]);

/* Changes the pseudo-terminal's size. */
int bench_resize_pty(int master, unsigned short rows, unsigned short cols);

#endif
