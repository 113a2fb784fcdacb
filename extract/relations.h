/* SPDX-License-Identifier: MIT */
/* relations.h: what the files of the relations pass share.  Private to
 * extract/.
 *
 *   rules.c       loads predicates.json and relations.{ko,en}.json (KgRules)
 *   tokens.c      cuts a sentence into tokens: mentions with the role their
 *                 particle or preposition gives, words, punctuation; marks
 *                 clauses, quotes and lists
 *   roles.c       appositions (테슬라 CEO 일론 머스크, Nvidia CEO Jensen Huang)
 *                 and relational nouns (투자사인 아마존, OpenAI rival Anthropic)
 *   triggers.c    trigger words and the shape that places their arguments
 *   qualifiers.c  dates, amounts of money and quantities in a clause
 *   relations.c   the pass: per sentence, runs the above and adds relations
 *                 with their evidence to the document's graph
 */
#ifndef KG_RELATIONS_H
#define KG_RELATIONS_H

#include "extract-private.h"

G_BEGIN_DECLS

/* What a mention is in its clause, from the particle after it (Korean) or
 * the word before it (English), or from a marker word after it. */
typedef enum {
  KG_ROLE_NONE,       /* bare: part of an apposition, a list, an English subject/object */
  KG_ROLE_SUBJECT,    /* 은/는/이/가 */
  KG_ROLE_OBJECT,     /* 을/를 */
  KG_ROLE_POSSESSIVE, /* 의, 's */
  KG_ROLE_WITH,       /* 와/과, with */
  KG_ROLE_FROM,       /* 로부터, from */
  KG_ROLE_TO,         /* 에/에게, in/to */
  KG_ROLE_AS,         /* 로/으로 */
  KG_ROLE_COPULA,     /* 인, 이자 */
  KG_ROLE_TARGET,     /* 를 상대로, against */
  KG_ROLE_VIA,        /* 를 통해 */
  KG_ROLE_AGENT,      /* 에 의해, by */
  KG_ROLE_COMPARE,    /* 대비, than */
  KG_ROLE_BETWEEN,    /* 간, 사이, vs */
  KG_ROLE_SOURCE,     /* 에 따르면 */
  KG_ROLE_OWNER,      /* 소유 */
  KG_ROLE_OF,         /* of */
  KG_ROLE_AT,         /* at */
  KG_ROLE_FOR,        /* for */
  KG_ROLE_LIST,       /* and, or (a list goes on) */
  KG_ROLE_ABOUT,      /* 에 대해 */
  KG_ROLE_ALSO,       /* 도: a subject or an object ("구글도 ... 샀다", "TPU도 쓴다") */
  KG_ROLE_N
} KgRole;

/* Where a trigger's arguments stand. */
typedef enum {
  KG_SHAPE_FINITE,      /* ko: SUBJ ... OBJ ... verb */
  KG_SHAPE_ADNOMINAL,   /* ko: SUBJ ... verb-ㄴ HEAD (HEAD is the object) */
  KG_SHAPE_PASSIVE,     /* OBJ-as-subject ... verb-되다 / was verb-ed by AGENT */
  KG_SHAPE_REVERSE,     /* the object of the verb is the subject of the relation (영입, hired) */
  KG_SHAPE_RECEIVE,     /* RECEIVER ... FROM ... 투자를 받다 / raised ... from */
  KG_SHAPE_PARTICIPATE, /* INVESTORS ... 투자에 참여 */
  KG_SHAPE_MUTUAL,      /* X와 Y 간 경쟁, X partnered with Y */
  KG_SHAPE_ACTIVE,      /* en: SUBJ verb [prep] OBJ */
  KG_SHAPE_NOUN,        /* en: SUBJ's acquisition of OBJ */
  KG_SHAPE_NOMINAL,     /* ko: SUBJ ... OBJ 설립 (the verb as a noun after a bare name) */
  KG_SHAPE_BASED,       /* X 기반의 Y, X-based Y, Y based on X: Y uses X */
  KG_SHAPE_COMPOSED,    /* WHOLE는 PART, PART로 구성된다: each part is part of the whole */
  KG_SHAPE_JOINT,       /* PROJECT를 A, B와 추진: A and B are partners of the project */
  KG_SHAPE_COUNTER,     /* X는 맞소송을 냈다: X sues whoever the document said sued X */
  KG_SHAPE_MEMBERS,     /* en: backers include A and B (the receiver: named before) */
  KG_SHAPE_SOLD,        /* en: SELLER sold OBJ to BUYER: the buyer is the subject */
  KG_SHAPE_N
} KgShape;

typedef struct {
  KgPredicate preds[4];
  guint n_preds;
  KgShape shape;
  guint object_roles; /* bit set of (1 << KgRole) */
  guint agent_roles;
  guint host_roles;   /* finite: the role of a product that takes the object in
                       * ("픽셀 8에 제미나이 나노를 탑재했다"): it is the subject */
  GRegex *re;
  GRegex *requires; /* (nullable) the clause must also match this */
  guint object_types; /* bit set of (1 << KgType) the object may have; 0: any the schema allows */
} KgTrigger;

typedef struct {
  KgPredicate pred;
  gboolean name_is_subject; /* 투자사인 아마존: Amazon is the subject */
} KgRelNoun;

/* The rules of one language. */
typedef struct {
  GHashTable *particles;    /* ko: particle -> KgRole + 1 */
  guint max_particle;       /* bytes of the longest particle */
  GHashTable *markers;      /* word after a mention -> KgRole + 1 */
  GHashTable *prepositions; /* en: word before a mention -> KgRole + 1 */
  GHashTable *roles;        /* title phrase (en: lower case) -> KgPredicate + 1 */
  GPtrArray *role_suffixes; /* ko: titles that end a longer word ("MX사업부장"), char* */
  guint max_role_words;
  GHashTable *former;       /* words that make a title a past one */
  GHashTable *classifiers;  /* ko: noun naming a kind -> KgType + 1 (사업 -> project) */
  GHashTable *pronouns;     /* word (en: lower case) -> KgType + 1 (그 -> person, it -> organization) */
  GHashTable *relnouns;     /* phrase -> KgRelNoun* (owned) */
  guint max_relnoun_words;
  GRegex *clause_break, *negation, *negation_prefix, *planned, *reported;
  GRegex *adnominal;        /* ko: a verb that ends a relative clause ("이끄는") */
  GArray *triggers;         /* KgTrigger */
} KgLangRules;

struct _KgRules {
  KgLangRules lang[KG_LANG_N];
  guint subject_types[KG_PRED_N]; /* bit sets of (1 << KgType) */
  guint object_types[KG_PRED_N];
  gboolean same_type[KG_PRED_N];
  GRegex *doc_date;               /* the date stamp of an article */
  GRegex *dates[2], *money[2], *quantity[2]; /* per language */
  GHashTable *currencies;         /* word -> ISO 4217 code */
  GHashTable *multipliers;        /* 억 -> 1e8, billion -> 1e9 (double*) */
  GHashTable *months;             /* january -> 1 */
  GHashTable *relative_years;     /* 지난해 -> -1 (stored + 100) */
};

/* @return the predicate + 1 of the title \p word ends with, when \p word is
 * longer than the title ("MX사업부장" ends with "사업부장"), else 0 */
int kg_rules_title_suffix (const KgLangRules *r, const char *word, gsize len);
/* @return TRUE when \p pred may join entities of these types. */
gboolean kg_rules_fit (const KgRules *rules, KgPredicate pred, KgType subject, KgType object);

/* ---- tokens.c ---- */

typedef enum { KG_TOK_WORD, KG_TOK_MENTION, KG_TOK_PUNCT } KgTokKind;

typedef struct {
  KgTokKind kind;
  gsize start, end;    /* the word, the name, or the punctuation mark */
  gsize tail_end;      /* mentions: end of the particle or word glued to the name */
  const KgMention *mention; /* KG_TOK_MENTION */
  KgRole role;         /* mentions: what the particle or preposition says */
  gsize tail_start;    /* mentions: where the tail starts (after a closing quote
                        * or a gloss in parentheses: ‘그록-1’을, 메타(Meta)의) */
  gboolean strong_with; /* 와 함께, 공동으로 */
  gboolean topic;      /* mentions: marked as the topic (은/는) */
  gboolean absorbed;   /* part of an apposition around a person's name ("오픈AI
                        * 최고경영자(CEO)" in "샘 올트먼 오픈AI 최고경영자(CEO)와"):
                        * the finders of verbs and lists look through it */
  guint clause;        /* clause number in the sentence */
  int quote;           /* the quote span the token is in, or -1 */
  int group;           /* mentions: list group (index of its first token) */
  int maker_of;        /* en: the product an appositive names this company the
                        * maker of ("ChatGPT, the OpenAI chatbot"), or -1 */
} KgTok;

#define KG_MAX_PRONOUNS 8

/* A sentence cut into tokens. */
typedef struct {
  const KgDoc *doc;
  const KgLangRules *rules;
  KgLang lang;
  gsize start, end;
  GArray *toks;        /* KgTok */
  guint n_clauses;
  const KgMention *prev_topic; /* (nullable) the previous sentence's topic */
  KgMention pronouns[KG_MAX_PRONOUNS]; /* pronouns resolved to a name, as mentions */
  const KgMention *antecedents[KG_MAX_PRONOUNS]; /* ... and the name each stands for */
  guint n_pronouns;
} KgClauses;

/* Cuts [start, end) of \p doc, whose mentions are doc->mentions[first ..
 * first + n), into tokens, clauses and lists.  Pronouns ("그는", "이 회사는",
 * "it", "he") become mentions of the name they stand for: the nearest
 * earlier name of their kind in the sentence, else \p prev_topic. */
void kg_clauses_init (KgClauses *c, const KgDoc *doc, const KgRules *rules, gsize start,
                      gsize end, guint first, guint n, const KgMention *prev_topic);
void kg_clauses_clear (KgClauses *c);
/* @return (transfer none): \p m, or the name it stands for when \p m is a
 * pronoun of \p c (so that it outlives the sentence) */
const KgMention *kg_clauses_real (const KgClauses *c, const KgMention *m);
/* @return (transfer none): token \p i */
static inline KgTok *
kg_tok (const KgClauses *c, guint i)
{
  return &g_array_index (c->toks, KgTok, i);
}
/* @return the text of token \p i without its tail, as a new string */
char *kg_tok_text (const KgClauses *c, guint i);
/* TRUE if word token \p i is \p word (ko: with a particle glued on, which
 * is put in *tail). */
gboolean kg_tok_word_is (const KgClauses *c, guint i, const char *word);
/* An English word that may stand between a maker and its product ("new",
 * "flagship", "chatbot", "GPU"): roles.c. */
gboolean kg_product_word_en (const KgClauses *c, guint k);
/* Index of the token that holds byte \p pos, or the next one. */
guint kg_tok_at (const KgClauses *c, gsize pos);
/* The members of the list group of mention token \p i, in order. */
guint kg_group_members (const KgClauses *c, guint i, guint *members, guint max);

/* ---- relations.c: what the finders report ---- */

/* One relation found in a sentence, before it goes into the graph. */
typedef struct {
  const KgMention *subject, *object;
  KgPredicate pred;
  int strength;
  guint trigger_tok; /* the token the modality is judged from */
  gsize trigger_end; /* byte just past the trigger */
  gboolean fixed_status; /* apposition: always stated */
} KgFound;

typedef struct {
  KgClauses *clauses;
  const KgRules *rules;
  GArray *found;           /* KgFound */
  const KgMention *topic;  /* the sentence's first subject, if any */
  const KgMention *prev_topic;     /* the previous sentence's */
  const KgMention *prev_receiver;  /* who last received an investment */
  const KgMention *receiver;       /* ... in this sentence */
  gboolean focal;                  /* the trigger is "vs": pair the first with the rest */
  const GArray *prev_found;        /* KgFound of the previous sentence, for "메타도 ... 사들였다" */
} KgRelScan;

/* Adds (subject, pred, object) when the types fit, else tries the next
 * predicate of \p preds.  @return TRUE if added. */
gboolean kg_found_add (KgRelScan *f, const KgMention *subject, const KgPredicate *preds,
                       guint n_preds, const KgMention *object, int strength, guint trigger_tok,
                       gsize trigger_end);

/* roles.c, triggers.c */
void kg_find_appositions (KgRelScan *f);
void kg_find_relational_nouns (KgRelScan *f);
void kg_find_triggers (KgRelScan *f);
void kg_find_makers (KgRelScan *f);
void kg_find_families (KgRelScan *f);
/* "OpenAI, whose ChatGPT", "G42, whose chief executive is Peng Xiao". */
void kg_find_whose (KgRelScan *f);
/* A founder with a leader's title ("백준호 대표가 창업했다") leads it too. */
void kg_find_founder_titles (KgRelScan *f);

/* qualifiers.c: the qualifiers in [start, end) of the text, at most max. */
guint kg_find_qualifiers (const KgRules *rules, KgLang lang, const char *text, gsize start,
                          gsize end, const char *ref_date, KgQualifier *out, guint max,
                          GStringChunk *strings);
/* @return (transfer full) (nullable): the article's own date, "2025-02-22" */
char *kg_document_date (const KgRules *rules, const char *text, gsize len);

G_END_DECLS

#endif /* KG_RELATIONS_H */
