/* SPDX-License-Identifier: MIT */
/* korean.h: the grammar lists of data/korean.json (particles, abbreviations,
 * bullet glyphs), loaded once per process and read-only afterwards.  Private
 * to extract/ (matcher.c, sentences.c). */
#ifndef KG_KOREAN_H
#define KG_KOREAN_H

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char **particles;        /* interned; by first character, then longest first */
  guint32 *particle_first; /* the first character of each particle */
  guint8 *particle_len;    /* the byte length of each particle */
  guint n_particles;
  GHashTable *abbreviations; /* set of "U.S.", "Inc.", ... (owned strings) */
  char **bullets;            /* glyphs trimmed from the start of a sentence */
  guint n_bullets;
} KgKorean;

/* @return (transfer none): the lists, loaded on first call from the embedded
 * korean.json; NULL with @error if that file is malformed. */
const KgKorean *kg_korean_get (GError **error);

/* Word boundaries of a name at [start, end) of @text (matcher.c): it must not
 * start right after a letter or digit, and may end before one only when a
 * Korean particle follows (recorded in *particle, *particle_end; else NULL
 * and end).  @return FALSE when [start, end) is inside a word. */
gboolean kg_word_bounds (const char *text, gsize len, gsize start, gsize end, const char **particle,
                         gsize *particle_end);

G_END_DECLS

#endif /* KG_KOREAN_H */
