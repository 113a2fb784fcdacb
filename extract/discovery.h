/* SPDX-License-Identifier: MIT */
/* discovery.h: what discovery.c (cues, regex cues, emitting mentions) and
 * discovery-names.c (Korean names next to roles) share.  Private to
 * extract/. */
#ifndef KG_DISCOVERY_H
#define KG_DISCOVERY_H

#include "extract-private.h"
#include "prefilter.h"

G_BEGIN_DECLS

typedef struct {
  GRegex *regex;
  KgType type;
  char *id; /* (nullable) family id: the mention id is id-VERSION[-SUFFIX] */
} KgCode;

typedef struct {
  char *suffix;
  gboolean same_as_stem, attached_only;
} KgOrgSuffix;

struct _KgCues {
  GHashTable *surnames, *roles_ko, *modifiers_ko, *stop_ko, *stop_en; /* sets */
  guint max_role_words;
  gsize max_role_bytes;  /* the longest role word, in bytes */
  /* Quick refusals before any lookup in roles_ko: the first characters of
   * the roles (one bit per BMP code point; above it, always set) and their
   * byte lengths (up to max_role_bytes). */
  guint8 role_first[0x10000 / 8];
  guint8 *role_lengths; /* max_role_bytes + 1 bytes, 1 for a length in use */
  GRegex *verb_end_ko;
  GRegex *en_role_name, *en_name_role; /* "CEO Jane Doe", "Jane Doe, Nvidia's CEO" */
  GRegex *quoted_before, *quoted_after, *quoted_reject;
  GHashTable *quoted_types; /* noun -> GINT_TO_POINTER (type + 1) */
  guint quoted_max_words;
  GArray *codes;            /* KgCode */
  GHashTable *suffix_words; /* 터보 -> turbo */
  GArray *org_suffixes;     /* KgOrgSuffix */
  GRegex *org_en, *org_stem_reject;
  /* The regex cues, in this order: the codes, then the KG_CUE_* ones. */
  KgPrefilter *prefilter;
};

/* Indices of the regex cues in the prefilter, after the codes. */
enum { KG_CUE_QUOTED_BEFORE, KG_CUE_QUOTED_AFTER, KG_CUE_EN_ROLE_NAME, KG_CUE_EN_NAME_ROLE,
       KG_CUE_ORG_EN, KG_CUE_N };

/* A word of a sentence (discovery-names.c): without the quotes and
 * punctuation around it. */
typedef struct {
  gsize start, end;
  gboolean punct; /* punctuation right after it: a boundary */
} KgWord;

/* Sorted spans of the lexicon mentions, to test overlaps in O(log n). */
typedef struct {
  KgDoc *doc;
  GArray *lex;     /* KgMention: the lexicon mentions, sorted by start */
  gsize lex_max;   /* the longest lexicon mention */
  GArray *words;   /* KgWord scratch of discovery-names.c, reused sentence to sentence */
  KgPrefilterHits *hits; /* where the regex cues may match */
} KgFinder;

/* TRUE if @set (of strings) holds the @len bytes at @s; no allocation for
 * words shorter than 128 bytes. */
gboolean kg_set_has (GHashTable *set, const char *s, gsize len);

/* Adds a discovered mention of [start, end) with @type, unless it is not a
 * whole word, is skipped, or overlaps a lexicon mention (with @inner_ok, a
 * lexicon mention strictly inside is allowed: "Grok" in "Grok 5").  @id
 * NULL means kg_slug() of the text.  @return TRUE if added. */
gboolean kg_finder_emit (KgFinder *f, gsize start, gsize end, KgType type, const char *id,
                         gboolean inner_ok);
/* The lexicon mention [start, end) of @type exactly, or one inside it. */
gboolean kg_finder_has_lexicon (const KgFinder *f, gsize start, gsize end, gboolean exact);
/* The type of the lexicon mention that covers [start, end), or -1. */
int kg_finder_lexicon_type (const KgFinder *f, gsize start, gsize end);

/* Korean names next to roles (discovery-names.c). */
void kg_discover_korean_names (KgFinder *f, const KgCues *cues, gsize start, gsize end);

G_END_DECLS

#endif /* KG_DISCOVERY_H */
