/* SPDX-License-Identifier: MIT */
/* prefilter.h: one pass over a document that tells, for each of a set of
 * GRegex, where it cannot match, so the passes run a regex only on the
 * lines and sentences where it may (prefilter.c).  Private to extract/. */
#ifndef KG_PREFILTER_H
#define KG_PREFILTER_H

#include <glib.h>

G_BEGIN_DECLS

typedef struct _KgPrefilter KgPrefilter;
typedef struct _KgPrefilterHits KgPrefilterHits;

/* A prefilter for @n regexes, loaded from the cache or compiled in the
 * background; threads share it.  A regex it cannot approximate (and every
 * regex when kgraph is built without Hyperscan, or until the compile is
 * done) may match anywhere.
 * @return (transfer full): free with kg_prefilter_free() */
KgPrefilter *kg_prefilter_new (GRegex *const *regexes, guint n);
void kg_prefilter_free (KgPrefilter *prefilter);
/* Waits until the database is compiled (or loaded); scans before that
 * filter nothing.  For the tests and the benchmark. */
void kg_prefilter_wait (const KgPrefilter *prefilter);
/* How many of the regexes are filtered now (the others may match anywhere). */
guint kg_prefilter_n_filtered (const KgPrefilter *prefilter);

/* Scans @text (valid UTF-8) once.  Thread-safe.  O(len).
 * @return (transfer full): free with kg_prefilter_hits_free() */
KgPrefilterHits *kg_prefilter_scan (const KgPrefilter *prefilter, const char *text, gsize len);
void kg_prefilter_hits_free (KgPrefilterHits *hits);
/* FALSE if regex @i has no match that starts at or after @start and ends at
 * or before @end in the scanned text, whatever the subject it is run on
 * (whole text, a line, a sentence with lookbehind before it).  TRUE: it
 * may have one.  O(log hits). */
gboolean kg_prefilter_may_match (const KgPrefilterHits *hits, guint i, gsize start, gsize end);

/* The pattern given to Hyperscan for a GRegex pattern: a superset of what
 * @pattern matches, with assertions (anchors, \b, lookarounds) removed and
 * \d \w \s widened to every non-ASCII character; NULL if @pattern uses what
 * it does not know.  Exposed for the tests.
 * @return (transfer full) (nullable) */
char *kg_prefilter_rewrite (const char *pattern, GRegexCompileFlags flags);
/* The class body the rewrite puts for \d \w \s \D \W \S (@escape): a
 * superset of PCRE's set, or with @negated (inside [^...]) a subset.
 * Exposed for the tests.  @return (transfer none) (nullable) */
const char *kg_prefilter_class (char escape, gboolean negated);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KgPrefilterHits, kg_prefilter_hits_free)

G_END_DECLS

#endif /* KG_PREFILTER_H */
