/* SPDX-License-Identifier: MIT */
/* discovery.h: what discovery.c (emitting mentions, quoted names, codes,
 * company suffixes, blocks), discovery-en.c (English names and companies
 * next to roles), discovery-names.c (Korean names next to roles) and
 * discovery-cues.c (loading cues.json) share.  Private to extract/. */
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

/* The quoted-noun table maps a noun to one of these, or to a KgType. */
#define KG_QUOTED_EVENT KG_TYPE_N

struct _KgCues {
  GHashTable *surnames, *roles_ko, *modifiers_ko, *stop_ko, *stop_en; /* sets */
  GHashTable *role_suffixes_ko, *company_roles_ko, *unanchored_roles_ko; /* sets */
  GHashTable *name_end_reject_ko, *honorifics_ko, *quoted_org_suffixes; /* sets */
  GHashTable *company_word_ends_ko; /* set */
  guint max_role_words;
  gsize max_role_bytes;  /* the longest role word, in bytes */
  /* Quick refusals before any lookup in roles_ko: the first characters of
   * the roles (one bit per BMP code point; above it, always set) and their
   * byte lengths (up to max_role_bytes). */
  guint8 role_first[0x10000 / 8];
  guint8 *role_lengths; /* max_role_bytes + 1 bytes, 1 for a length in use */
  GRegex *verb_end_ko;
  GRegex *en_role_name, *en_name_role; /* "CEO Jane Doe", "Jane Doe, Nvidia's CEO" */
  GRegex *en_name_say, *en_say_name;   /* "Jane Doe said", "said Jane Doe", "Jane Doe, who" */
  GRegex *en_org_role, *en_role_of_org; /* "Acme co-founder", "CEO of Acme Robotics" */
  GRegex *en_apposition, *en_the_noun; /* "El Capitan, a supercomputer", "the Pi chatbot" */
  GRegex *en_called;                   /* "a chip called Sohu" */
  GRegex *en_list_after, *en_list_before; /* a name after or before a person in a list */
  GRegex *org_after_noun_ko;           /* "AI 스타트업 솔바이트는" */
  GRegex *quoted_before, *quoted_after, *quoted_reject, *quoted_any;
  GHashTable *quoted_types; /* noun -> GINT_TO_POINTER (type + 1); KG_QUOTED_EVENT + 1 */
  guint quoted_max_words;
  GArray *codes;            /* KgCode */
  GHashTable *suffix_words; /* 터보 -> turbo */
  GArray *org_suffixes;     /* KgOrgSuffix */
  GRegex *org_en, *org_stem_reject;
  GRegex *org_suffix_en;    /* one English company suffix, whole: "AI", "Labs" */
  GRegex *event_words;      /* the end of a quoted event name */
  GPtrArray *blocks;        /* GRegex*: events and venues by form */
  GHashTable *surnames_roman; /* "김" -> GStrv { "kim", "gim" } (lower case) */
  GHashTable *version_families; /* set: lexicon ids that take a version ("samsung-exynos") */
  GHashTable *version_words;    /* lower-cased word of a version -> its id part: 울트라 -> ultra */
  GRegex *version_pattern, *version_reject; /* anchored after the family name, after the version */

  /* The regex cues, in this order: the codes, then the KG_CUE_* ones. */
  KgPrefilter *prefilter;
};

/* Indices of the regex cues in the prefilter, after the codes. */
enum { KG_CUE_QUOTED_BEFORE, KG_CUE_QUOTED_AFTER, KG_CUE_EN_ROLE_NAME, KG_CUE_EN_NAME_ROLE,
       KG_CUE_ORG_EN, KG_CUE_EN_NAME_SAY, KG_CUE_EN_SAY_NAME, KG_CUE_EN_ORG_ROLE,
       KG_CUE_EN_ROLE_OF_ORG, KG_CUE_EN_APPOSITION, KG_CUE_EN_THE_NOUN, KG_CUE_EN_CALLED,
       KG_CUE_N };

/* Sorted spans of the lexicon mentions, to test overlaps in O(log n). */
typedef struct {
  KgDoc *doc;
  GArray *lex;     /* KgMention: the lexicon mentions, sorted by start */
  gsize lex_max;   /* the longest lexicon mention */
  guint from;      /* doc->mentions index of the first discovered mention of
                    * the sentence at hand: cues look only within it, so a
                    * long document costs O(n), not O(n^2) */
  GArray *words;   /* KgWord scratch of discovery-names.c, reused sentence to sentence */
  KgPrefilterHits *hits; /* where the regex cues may match */
} KgFinder;

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

/* Adds a block over [start, end): a name that is no entity (an event, a
 * venue) but wins overlaps in resolve, then goes (KG_MENTION_BLOCK). */
gboolean kg_finder_block (KgFinder *f, gsize start, gsize end);
/* The type of the discovered organization or lexicon mention covering
 * [start, end) exactly or from outside, or -1. */
int kg_finder_type_at (const KgFinder *f, gsize start, gsize end);
/* The id of a discovered name: kg_slug() of @surface with the spaces,
 * hyphens and dots next to Hangul dropped and camel case split, so
 * "오픈 AI" = "오픈AI" and "Deep Seek" = "DeepSeek".  (transfer full) */
char *kg_discovered_id (const char *surface);
/* Does a lexicon or discovered organization cover [start, end)? */
gboolean kg_finder_is_org (const KgFinder *f, gsize start, gsize end);
/* Does @set hold the text [s, s + len)? */
gboolean kg_set_has (GHashTable *set, const char *s, gsize len);

/* The index of the first lexicon mention starting at or after @pos. */
guint kg_finder_lex_lower_bound (const KgFinder *f, gsize pos);

/* Versions after a product line of the lexicon (discovery-versions.c). */
void kg_discover_versions (KgFinder *f, const KgCues *c, gsize start, gsize end);
/* Korean names next to roles (discovery-names.c). */
void kg_discover_korean_names (KgFinder *f, const KgCues *cues, gsize start, gsize end);
/* English names, and companies next to roles (discovery-en.c). */
/* Names listed with a person ("by Aidan Gomez, Ivan Zhang and Nick Frosst"). */
void kg_discover_listed_persons (KgFinder *f, const KgCues *c, gsize start, gsize end);
void kg_discover_english (KgFinder *f, const KgCues *cues, gsize start, gsize end);

G_END_DECLS

#endif /* KG_DISCOVERY_H */
