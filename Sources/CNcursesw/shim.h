/* Shims for the parts of ncurses that Swift cannot import directly:
   function-like macros and the global stdscr. */
#ifndef GLIDE_CNCURSESW_SHIM_H
#define GLIDE_CNCURSESW_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline void cn_forget_terminfo(void) { del_curterm(cur_term); }
static inline void cn_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }
static inline int cn_key_resize(void) { return KEY_RESIZE; }
static inline int cn_key_left(void) { return KEY_LEFT; }
static inline int cn_key_right(void) { return KEY_RIGHT; }
static inline int cn_key_up(void) { return KEY_UP; }
static inline int cn_key_down(void) { return KEY_DOWN; }
static inline int cn_key_enter(void) { return KEY_ENTER; }
static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cn_key_npage(void) { return KEY_NPAGE; }
static inline int cn_key_ppage(void) { return KEY_PPAGE; }
static inline int cn_key_f5(void) { return KEY_F(5); }
static inline int cn_key_backspace(void) { return KEY_BACKSPACE; }

/* newterm on the standard descriptors: output to fd 1, keys from fd 0. The FILE streams
   ncurses asks for are C's business, made here so Swift never handles one. */
static inline SCREEN *cn_newterm_std(void) {
  FILE *output = fdopen(1, "w");
  FILE *input = fdopen(0, "r");
  if (output == NULL || input == NULL) return NULL;
  return newterm(NULL, output, input);
}

/* tiparm is variadic, which Swift cannot call: one and two parameters. */
static inline char *cn_tiparm1(const char *cap, int a) { return tiparm(cap, a); }
static inline char *cn_tiparm2(const char *cap, int a, int b) { return tiparm(cap, a, b); }

#endif
