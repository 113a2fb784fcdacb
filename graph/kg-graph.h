/* SPDX-License-Identifier: MIT */
/**
 * @file kg-graph.h
 * @brief The graph store: entities, relations and their evidence.
 *
 * This header is the store's whole public face.  Extractors add entities and
 * relations; exporters read them through accessors and the
 * kg_graph_foreach_*() iterators, which always visit in a fixed order (entity
 * id; then subject, predicate, object), so output is byte-identical from run
 * to run.
 *
 * Merging is associative and commutative: kg_graph_merge() of any sharding of
 * a corpus, in any order, gives the same graph.  Every attribute is therefore
 * either a sum (mention counts, evidence counts), a set union kept to a fixed
 * size by a fixed order (documents, evidence), or a vote with a fixed
 * tie-break (type, canonical name of a discovered entity).
 */
#ifndef KG_GRAPH_H
#define KG_GRAPH_H

#include <glib.h>

G_BEGIN_DECLS

/** The kinds of entity. */
typedef enum {
  KG_TYPE_PERSON,       /**< a person */
  KG_TYPE_ORGANIZATION, /**< a company, lab, fund, agency, medium */
  KG_TYPE_MODEL,        /**< an AI model, model family or AI product */
  KG_TYPE_HARDWARE,     /**< a chip, accelerator, memory, supercomputer */
  KG_TYPE_PROJECT,      /**< a project or joint venture */
  KG_TYPE_N             /**< number of types (not a type) */
} KgType;

/** The relation vocabulary: 14 predicates. */
typedef enum {
  KG_PRED_FOUNDED,
  KG_PRED_LEADS,
  KG_PRED_WORKS_AT,
  KG_PRED_INVESTED_IN,
  KG_PRED_ACQUIRED,
  KG_PRED_OFFERED_TO_ACQUIRE,
  KG_PRED_SUED,
  KG_PRED_DEVELOPED,
  KG_PRED_USES,
  KG_PRED_PARTNER_OF,
  KG_PRED_COMPETES_WITH,
  KG_PRED_SUPPLIES,
  KG_PRED_OWNS,
  KG_PRED_PART_OF,
  KG_PRED_N /**< number of predicates (not a predicate) */
} KgPredicate;

/** How firmly a relation is stated.  Lower is firmer. */
typedef enum {
  KG_STATUS_STATED,   /**< stated as fact */
  KG_STATUS_REPORTED, /**< reported or alleged ("is said to", "알려졌다") */
  KG_STATUS_PLANNED,  /**< planned or offered ("plans to", "할 예정") */
  KG_STATUS_N
} KgStatus;

/** Languages of names and labels. */
typedef enum {
  KG_LANG_KO, /**< Korean */
  KG_LANG_EN, /**< English (and any Latin-script name) */
  KG_LANG_N
} KgLang;

/** Kinds of qualifier found in the clause of a relation. */
typedef enum {
  KG_QUAL_DATE,     /**< value is an ISO 8601 date: "2015", "2015-12", "2024-02-29" */
  KG_QUAL_MONEY,    /**< value is a decimal amount; unit is an ISO 4217 code */
  KG_QUAL_QUANTITY, /**< value is a decimal count; unit is what is counted, or NULL */
  KG_QUAL_N
} KgQualifierKind;

/**
 * A qualifier of one piece of evidence: a date, an amount or a quantity.
 * A plain record: the store copies it on add and owns its copy.
 */
typedef struct {
  KgQualifierKind kind; /**< what it is */
  const char *text;     /**< the original text, e.g. "974억 달러" */
  const char *value;    /**< normalised value, e.g. "97400000000" or "2025-02" */
  const char *unit;     /**< "USD", "KRW", "GPU", ... or NULL */
} KgQualifier;

/** The most qualifiers one piece of evidence keeps. */
#define KG_EVIDENCE_MAX_QUALIFIERS 4

/**
 * One sentence that supports a relation.  A plain record: the store copies
 * it in kg_graph_add_relation() and owns its copy.
 */
typedef struct {
  const char *document; /**< document id: the path as given, or the JSON Lines id */
  const char *sentence; /**< the sentence, UTF-8 */
  gsize start;          /**< byte offset of the sentence in the document's decoded text */
  gsize end;            /**< byte offset just past the sentence */
  int strength;         /**< higher is stronger; decides which evidence is kept */
  KgStatus status;      /**< how firmly this sentence states the relation */
  guint n_qualifiers;   /**< number of entries in \p qualifiers */
  KgQualifier qualifiers[KG_EVIDENCE_MAX_QUALIFIERS]; /**< dates, amounts, quantities */
} KgEvidence;

/** The most evidence sentences a relation keeps (the total is counted). */
#define KG_RELATION_MAX_EVIDENCE 3
/** The most document ids an entity keeps (the total is counted). */
#define KG_ENTITY_MAX_DOCUMENTS 8

/** The store (opaque). */
typedef struct _KgGraph KgGraph;
/** An entity of a graph (opaque; owned by its graph). */
typedef struct _KgEntity KgEntity;
/** A relation of a graph (opaque; owned by its graph). */
typedef struct _KgRelation KgRelation;

/** @name Vocabulary */
/**@{*/
/** @return the lower-case name of \p type: "person", "organization", "model", "hardware", "project" */
const char *kg_type_name (KgType type);
/** Parses a type name (as kg_type_name() gives; case-insensitive). @return FALSE if unknown */
gboolean kg_type_from_name (const char *name, KgType *type);
/** @return the camelCase local name of \p pred, e.g. "offeredToAcquire" */
const char *kg_predicate_name (KgPredicate pred);
/** Parses a predicate local name (camelCase). @return FALSE if unknown */
gboolean kg_predicate_from_name (const char *name, KgPredicate *pred);
/** @return TRUE for partnerOf and competesWith */
gboolean kg_predicate_is_symmetric (KgPredicate pred);
/** @return "stated", "reported" or "planned" */
const char *kg_status_name (KgStatus status);
/** Parses a status name. @return FALSE if unknown */
gboolean kg_status_from_name (const char *name, KgStatus *status);
/** @return "ko" or "en" */
const char *kg_lang_name (KgLang lang);
/** @return "date", "money" or "quantity" */
const char *kg_qualifier_kind_name (KgQualifierKind kind);
/**
 * Makes a stable id from a name: lower case ASCII letters, digits and '-';
 * Hangul is romanised (Revised Romanisation), other letters are folded.
 * Each Hangul syllable is spelt by its initial, medial and final jamo with
 * no assimilation, the syllables of one word joined ("젠슨 황" ->
 * "jenseun-hwang", "유영상" -> "yuyeongsang"); Latin letters lose their
 * accents ("Zoë" -> "zoe"); a letter with no ASCII form becomes "u" and its
 * hex code point, as a word of its own ("中文" -> "u4e2d-u6587"); any run of
 * other characters is one '-', none at either end.  Never empty: a name
 * with no letter or digit gives "x".
 * @return (transfer full): the id; free with g_free()
 */
char *kg_slug (const char *name);
/**@}*/

/** @name The graph */
/**@{*/
/** @return (transfer full): a new empty graph; free with kg_graph_free() */
KgGraph *kg_graph_new (void);
/** Frees \p graph and everything in it.  NULL is allowed. */
void kg_graph_free (KgGraph *graph);
/** @return the number of entities */
guint kg_graph_n_entities (const KgGraph *graph);
/** @return the number of relations */
guint kg_graph_n_relations (const KgGraph *graph);

/**
 * Adds an entity, or returns the one with this \p id.  Each call is one vote
 * for \p type; the entity's type is the type with most votes (ties go to the
 * lower enum value).
 * @return (transfer none): the entity, owned by \p graph
 */
KgEntity *kg_graph_add_entity (KgGraph *graph, const char *id, KgType type);
/** @return (transfer none) (nullable): the entity with \p id, or NULL */
KgEntity *kg_graph_lookup_entity (const KgGraph *graph, const char *id);

/**
 * Adds \p evidence to the relation (\p subject, \p pred, \p object), creating it if
 * needed.  Both entities must already be in \p graph.  A symmetric predicate
 * orders the pair by id.  The relation keeps the KG_RELATION_MAX_EVIDENCE
 * strongest pieces (strength, then document, then offset) and counts all.
 * A piece with the document and offsets of a kept one is the same sentence:
 * it is not counted again, and the two copies keep the one that sorts first.
 * The relation's status is the firmest status of any evidence, kept or not.
 * @param graph the graph
 * @param subject id of the subject entity
 * @param pred the predicate
 * @param object id of the object entity
 * @param evidence (nullable): copied; NULL adds a relation with no evidence
 * @return (transfer none): the relation, owned by \p graph, or NULL if an
 *   entity is missing or \p subject equals \p object
 */
KgRelation *kg_graph_add_relation (KgGraph *graph, const char *subject, KgPredicate pred,
                                   const char *object, const KgEvidence *evidence);
/** @return (transfer none) (nullable): the relation, or NULL */
KgRelation *kg_graph_lookup_relation (const KgGraph *graph, const char *subject, KgPredicate pred,
                                      const char *object);

/** Called for each entity, in id order. */
typedef void (*KgEntityFunc) (KgEntity *entity, gpointer user_data);
/** Called for each relation, in (subject, predicate, object) order. */
typedef void (*KgRelationFunc) (KgRelation *relation, gpointer user_data);
/**
 * Visits every entity in id order.  Do not add or remove entities meanwhile.
 * Several threads may read one graph at once (the order is cached under a lock).
 */
void kg_graph_foreach_entity (const KgGraph *graph, KgEntityFunc func, gpointer user_data);
/** Visits every relation in (subject id, predicate, object id) order. */
void kg_graph_foreach_relation (const KgGraph *graph, KgRelationFunc func, gpointer user_data);

/**
 * Merges \p src into \p dst.  Associative and commutative.
 */
void kg_graph_merge (KgGraph *dst, const KgGraph *src);

/**
 * Checks the store's invariants (after cmark's cmark_node_check): every
 * relation points at entities that exist, evidence is sorted and capped,
 * counts add up.  Debug builds run it after every change in tests.
 * @return FALSE and sets \p error on the first violation
 */
gboolean kg_graph_check (const KgGraph *graph, GError **error);
/**@}*/

/** @name Entities */
/**@{*/
/** @return (transfer none): the stable id, e.g. "elon-musk" */
const char *kg_entity_get_id (const KgEntity *entity);
/** @return the type with most votes */
KgType kg_entity_get_type (const KgEntity *entity);
/**
 * Sets the canonical name in \p lang (from the lexicon); it overrides the
 * vote.  If another name is already set, the smaller string (strcmp) stays,
 * as in kg_graph_merge(), so the order of calls does not matter.
 */
void kg_entity_set_name (KgEntity *entity, KgLang lang, const char *name);
/**
 * @return (transfer none) (nullable): the canonical name in \p lang: the one
 *   set, else the most seen alias in that script (Hangul is ko, the rest en),
 *   ties to the smaller string; NULL if there is none (an alias only listed,
 *   with no mention, casts no vote).  Valid until the entity changes.
 */
const char *kg_entity_get_name (const KgEntity *entity, KgLang lang);
/** @return (transfer none): the name in \p lang, else the other language's, else the id */
const char *kg_entity_get_label (const KgEntity *entity, KgLang lang);
/**
 * Records one mention of the entity as \p surface in \p document (nullable:
 * no document).  A document is counted once while it is among the
 * KG_ENTITY_MAX_DOCUMENTS kept; merged graphs of distinct documents add up
 * exactly.
 */
void kg_entity_add_mention (KgEntity *entity, const char *document, const char *surface);
/** Records \p surface as a known alias without counting a mention (lexicon aliases). */
void kg_entity_add_alias (KgEntity *entity, const char *surface);
/** @return the number of mentions */
guint kg_entity_get_mentions (const KgEntity *entity);
/**
 * @return how many mentions had \p alias as their surface (the votes for the
 *   canonical name; 0 for an alias only listed by the lexicon).  The JSON-LD
 *   writer stores these so that merging stored graphs keeps the votes exact.
 */
guint kg_entity_get_alias_count (const KgEntity *entity, const char *alias);
/** @return the votes cast for \p type (one per kg_graph_add_entity() call) */
guint kg_entity_get_type_votes (const KgEntity *entity, KgType type);
/**
 * Adds to the document count without keeping a document id; used by the
 * JSON-LD reader, where the count exceeds the KG_ENTITY_MAX_DOCUMENTS kept.
 */
void kg_entity_add_uncounted_documents (KgEntity *entity, guint extra);
/** @return (transfer container): the aliases seen, sorted; free with g_ptr_array_unref() */
GPtrArray *kg_entity_get_aliases (const KgEntity *entity);
/** @return the number of documents the entity appears in */
guint kg_entity_get_n_documents (const KgEntity *entity);
/** @return (transfer container): up to KG_ENTITY_MAX_DOCUMENTS document ids, sorted */
GPtrArray *kg_entity_get_documents (const KgEntity *entity);
/** Sets the Wikidata QID ("Q317521"); NULL clears it.  Of two set, the smaller string stays. */
void kg_entity_set_qid (KgEntity *entity, const char *qid);
/** @return (transfer none) (nullable): the Wikidata QID */
const char *kg_entity_get_qid (const KgEntity *entity);
/**
 * Marks the entity as discovered from text (TRUE) or listed in the lexicon
 * (FALSE).  A listing wins: once FALSE is set, here or in any graph merged
 * in, the entity is not discovered.
 */
void kg_entity_set_discovered (KgEntity *entity, gboolean discovered);
/** @return TRUE if marked discovered and no lexicon lists it; FALSE if never marked */
gboolean kg_entity_get_discovered (const KgEntity *entity);
/**
 * Sets the id of the family or parent the entity belongs to (Grok 3 → grok);
 * NULL clears it.  Of two set, the smaller string stays.
 */
void kg_entity_set_family (KgEntity *entity, const char *family_id);
/** @return (transfer none) (nullable): the family id */
const char *kg_entity_get_family (const KgEntity *entity);
/**@}*/

/** @name Relations */
/**@{*/
/** @return (transfer none): the subject */
KgEntity *kg_relation_get_subject (const KgRelation *relation);
/** @return (transfer none): the object */
KgEntity *kg_relation_get_object (const KgRelation *relation);
/** @return the predicate */
KgPredicate kg_relation_get_predicate (const KgRelation *relation);
/** @return the firmest status of its evidence; KG_STATUS_STATED for a relation with none */
KgStatus kg_relation_get_status (const KgRelation *relation);
/** @return how many sentences support it in all */
guint kg_relation_get_evidence_count (const KgRelation *relation);
/** @return how many pieces of evidence are kept (at most KG_RELATION_MAX_EVIDENCE) */
guint kg_relation_get_n_evidence (const KgRelation *relation);
/** @return (transfer none): the \p i-th kept evidence, strongest first */
const KgEvidence *kg_relation_get_evidence (const KgRelation *relation, guint i);
/**
 * Adds to the total evidence count without keeping a sentence; used by the
 * JSON-LD reader, where the count exceeds the kept evidence.
 */
void kg_relation_add_uncounted (KgRelation *relation, guint extra);
/**
 * Counts \p status among the statuses of the relation's evidence without
 * keeping a sentence: the relation's status becomes the firmer of the two.
 * Used by the JSON-LD reader, since the firmest status may have come from
 * a sentence that was not kept (past the cap, or a copy of a kept one).
 */
void kg_relation_note_status (KgRelation *relation, KgStatus status);
/**@}*/

/** @name Views: the part of a graph that is drawn */
/**@{*/
/** What kg_graph_filter() keeps. */
typedef struct {
  guint top;              /**< keep the \p top most connected entities; 0 keeps all */
  const char *focus;      /**< (nullable) an entity id or name: keep its neighbourhood */
  guint depth;            /**< hops from \p focus (default 1) */
  guint types;            /**< bit set of (1 << KgType) to keep; 0 keeps all */
  guint min_evidence;     /**< drop relations with fewer supporting sentences */
  gboolean connected;     /**< drop entities left with no relation (the focus stays) */
} KgViewOptions;

/** How many entities a view left out, and why; each is counted once. */
typedef struct {
  guint outside;  /**< outside \p types or the neighbourhood of \p focus */
  guint isolated; /**< with no relation left (only with \p connected) */
  guint cut;      /**< below the \p top cut */
} KgViewDropped;

/**
 * Makes the sub-graph a view shows.  Entities are ranked by degree, then
 * mentions, then id, so the cut is deterministic.  The filters apply in
 * turn: \p types (the focus always passes), \p min_evidence (on relations
 * only), the neighbourhood of \p focus (over relations either way), then
 * \p connected, then \p top, where degree counts the relations left and the
 * focus ranks first.  With \p connected, the cut also drops entities that
 * have no relation to another kept entity and takes the next best instead,
 * so a diagram of the top entities has no stray nodes; without it an entity
 * with no relation stays if it makes the cut.  The view is a deep copy,
 * with every attribute, evidence and count of what it keeps.
 * @param graph the graph to filter
 * @param options what to keep
 * @param dropped (out) (optional): how many entities were left out, and why
 * @param error return location for an error
 * @return (transfer full): a new graph, or NULL with \p error set when \p focus
 *   names no entity
 */
KgGraph *kg_graph_filter (const KgGraph *graph, const KgViewOptions *options, KgViewDropped *dropped,
                          GError **error);
/**
 * Finds an entity: by exact id; else by exact canonical name or alias; else
 * by the same after case folding (NFKC) and removing spaces, hyphens and
 * dots.  Of several matches, the most mentioned, then the smaller id.
 * @return (transfer none) (nullable): the entity whose id, name or alias is \p name
 */
KgEntity *kg_graph_find_entity (const KgGraph *graph, const char *name);
/**@}*/

/** Error domain of the graph store. */
#define KG_GRAPH_ERROR (kg_graph_error_quark ())
/** @return the GQuark of KG_GRAPH_ERROR */
GQuark kg_graph_error_quark (void);
/** Error codes in KG_GRAPH_ERROR. */
typedef enum {
  KG_GRAPH_ERROR_INVARIANT, /**< kg_graph_check() found a broken invariant */
  KG_GRAPH_ERROR_NOT_FOUND  /**< a named entity does not exist */
} KgGraphError;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KgGraph, kg_graph_free)

G_END_DECLS

#endif /* KG_GRAPH_H */
