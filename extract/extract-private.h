/* SPDX-License-Identifier: MIT */
/* extract-private.h: what the passes of the extract stage share.  Not
 * installed; only files in extract/ (and its unit tests) include it.
 *
 * A document goes through the passes in registry order (registry.c).  Each
 * pass reads what the earlier ones left in KgDoc and adds its own part:
 *   boilerplate -> doc->skip        byte ranges of page furniture
 *   sentences   -> doc->sentences   sentence ranges outside the skip ranges
 *   lexicon     -> doc->mentions    lexicon aliases found (Aho-Corasick)
 *   discovery   -> doc->mentions    names no lexicon lists, typed by cues
 *   resolve     -> doc->mentions    surnames and short forms resolved, overlaps
 *                                   removed (longest wins), mentions sorted by
 *                                   start; entities added to doc->graph
 *   relations   -> doc->graph       relations with evidence and qualifiers
 */
#ifndef KG_EXTRACT_PRIVATE_H
#define KG_EXTRACT_PRIVATE_H

#include "kg-extract.h"

G_BEGIN_DECLS

/** A byte range of the document text. */
typedef struct {
  gsize start, end;
} KgSpan;

/** Flags of a mention. */
enum {
  KG_MENTION_DISCOVERED = 1 << 0, /* found by a discovery cue, not in the lexicon */
  KG_MENTION_SHORT = 1 << 1,      /* a surname or short form, resolved in resolve */
  KG_MENTION_QUOTED = 1 << 2,     /* inside quotes: '그록2', "Colossus" */
  KG_MENTION_DROPPED = 1 << 3,    /* removed by resolve (overlap, unresolved); skip it */
  KG_MENTION_WEAK = 1 << 4,       /* a short form that resolves only with evidence */
  KG_MENTION_BLOCK = 1 << 5,      /* a name that is no entity (an event): it only
                                   * wins overlaps, then resolve drops it */
  KG_MENTION_PLURAL = 1 << 6,     /* an English plural "s" follows ("TPUs"): the
                                   * surface recorded keeps it, as written */
  KG_MENTION_GLUED = 1 << 7       /* a Hangul name with digits attached ("갤럭시S24"):
                                   * only the start of a version (discovery-versions.c);
                                   * resolve drops it */
};

/** One mention of an entity in the text. */
typedef struct {
  gsize start, end;      /* byte range of the name itself, without particle */
  gsize particle_end;    /* end of a Korean particle right after it; == end if none */
  const char *particle;  /* (nullable) the particle, a static string: "는", "를", "의", ... */
  const char *entity_id; /* the entity id: interned (g_intern_string) */
  KgType type;           /* entity type */
  guint flags;           /* KG_MENTION_* */
  const char *family;    /* (nullable) interned id of the family of a discovered
                          * version ("엑시노스 2400" -> samsung-exynos) */
} KgMention;

/** One sentence and the mentions inside it. */
typedef struct {
  gsize start, end;    /* byte range, trimmed of white space */
  guint first_mention; /* index into doc->mentions of its first mention */
  guint n_mentions;    /* mentions inside it (after resolve) */
} KgSentence;

/** An entity as the lexicon lists it. */
typedef struct {
  char *id;                /* stable id, e.g. "elon-musk" */
  KgType type;
  char *name[KG_LANG_N];   /* canonical names; either may be NULL, not both */
  char *qid;               /* (nullable) Wikidata QID */
  char *family;            /* (nullable) id of the family/parent: grok-3 -> grok */
  GPtrArray *aliases;      /* char*: every surface form, canonical names included */
  GPtrArray *short_forms;  /* char*: surnames / short forms that resolve only
                            * when unambiguous in the document ("머스크") */
  GPtrArray *weak_forms;   /* char*: short forms that are also ordinary words or
                            * common names ("Huang", "파이"): they resolve only
                            * with evidence in the document (see resolve.c) */
  GPtrArray *context;      /* char*: ids whose mention is such evidence */
} KgLexEntry;

struct _KgLexicon {
  GPtrArray *entries;  /* KgLexEntry*, in load order; an id loaded again replaces */
  GHashTable *by_id;   /* id -> KgLexEntry* (borrowed from entries) */
};

/** The whole state of one document going through the passes. */
typedef struct {
  const KgExtractor *extractor;
  const char *doc_id;
  const char *text;     /* decoded UTF-8, NUL-terminated */
  gsize len;
  GArray *skip;         /* KgSpan, sorted, disjoint: boilerplate */
  GArray *sentences;    /* KgSentence, in order */
  GArray *mentions;     /* KgMention; sorted by start after resolve */
  KgGraph *graph;       /* the document's partial graph (owned by the caller of run) */
} KgDoc;

/** A pass: reads and adds to @doc. */
typedef void (*KgPassFunc) (KgDoc *doc);

/* Compiled per-extractor data of each pass; each pass file owns its part.
 * Each *_new() parses its data file once; the result is read-only.       */
typedef struct _KgMatcher KgMatcher;         /* matcher.c: Aho-Corasick over aliases */
typedef struct _KgBoilerplate KgBoilerplate; /* boilerplate.c: page furniture forms */
typedef struct _KgCues KgCues;               /* discovery.c: discovery cues */
typedef struct _KgRules KgRules;             /* relations.c: triggers per language */

/* CPU time per pass, when KG_PASS_TIMES is set (registry.c). */
typedef struct {
  GMutex lock;
  gint64 ns[16];
} KgPassTimes;

struct _KgExtractor {
  const KgLexicon *lexicon;
  KgMatcher *matcher;
  KgBoilerplate *boilerplate;
  KgCues *cues;
  KgRules *rules;
  guint disabled;       /* bit set of pass indices turned off */
  KgPassTimes *times;   /* (nullable) */
};

KgMatcher *kg_matcher_new (const KgLexicon *lexicon, GError **error);
void kg_matcher_free (KgMatcher *matcher);
KgBoilerplate *kg_boilerplate_new (const char *data_dir, GError **error);
void kg_boilerplate_free (KgBoilerplate *boilerplate);
KgCues *kg_cues_new (const char *data_dir, GError **error);
void kg_cues_free (KgCues *cues);
KgRules *kg_rules_new (const char *data_dir, GError **error);
void kg_rules_free (KgRules *rules);

/* The passes, in registry order. */
void kg_pass_boilerplate (KgDoc *doc);
void kg_pass_sentences (KgDoc *doc);
void kg_pass_lexicon (KgDoc *doc);
void kg_pass_discovery (KgDoc *doc);
void kg_pass_resolve (KgDoc *doc);
void kg_pass_relations (KgDoc *doc);

/* Shared helpers. */
/* TRUE if [start, end) overlaps a skip span of @doc. */
gboolean kg_doc_is_skipped (const KgDoc *doc, gsize start, gsize end);
/* Matches a Korean particle at @p (at most @len bytes); returns its byte
 * length and sets *particle to a static string, or returns 0. */
gsize kg_particle_match (const char *p, gsize len, const char **particle);
/* TRUE if NFC cannot compose or reorder across a cut made before @c
 * (text.c): ASCII, Hangul syllables, most punctuation and CJK. */
gboolean kg_text_is_nfc_boundary (gunichar c);

G_END_DECLS

#endif /* KG_EXTRACT_PRIVATE_H */
