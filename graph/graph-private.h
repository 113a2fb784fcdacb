/* SPDX-License-Identifier: MIT */
/* graph-private.h: the store's structs, shared by the files of graph/ (and
 * by tests/test-graph.c, which breaks invariants on purpose).  Exporters
 * never include it. */
#ifndef KG_GRAPH_PRIVATE_H
#define KG_GRAPH_PRIVATE_H

#include "kg-graph.h"

G_BEGIN_DECLS

/* Where an entity comes from; merging keeps the highest, so a lexicon
 * listing anywhere beats discovery, and discovery beats no word at all. */
typedef enum {
  KG_ORIGIN_UNKNOWN,
  KG_ORIGIN_DISCOVERED,
  KG_ORIGIN_LISTED,
} KgOrigin;

struct _KgEntity
{
  char *id;
  guint type_votes[KG_TYPE_N];
  char *names[KG_LANG_N]; /* set names; NULL leaves it to the alias votes */
  GHashTable *aliases;    /* surface (owned) -> GUINT_TO_POINTER (mentions) */
  guint mentions;
  char *documents[KG_ENTITY_MAX_DOCUMENTS]; /* the smallest ids, sorted */
  guint n_kept_documents;
  guint n_documents; /* kept and uncounted */
  char *qid;
  char *family;
  KgOrigin origin;
};

/* The hash key of a relation: entities are unique per graph, so pointers do. */
typedef struct {
  KgEntity *subject;
  KgPredicate pred;
  KgEntity *object;
} KgRelationKey;

struct _KgRelation
{
  KgRelationKey key; /* first, so a KgRelation* is a KgRelationKey* */
  KgStatus status;   /* firmest of all evidence ever added; KG_STATUS_N: none */
  guint count;       /* evidence added or uncounted, kept or not */
  guint n_evidence;  /* kept, sorted by kg_evidence_compare () */
  KgEvidence evidence[KG_RELATION_MAX_EVIDENCE]; /* strings owned */
};

struct _KgGraph
{
  GHashTable *entities;  /* id (the entity's own) -> KgEntity (owned) */
  GHashTable *relations; /* KgRelationKey -> KgRelation (owned) */
  /* Iteration orders, sorted on first use after a change; the lock lets
   * several threads read one graph. */
  GMutex lock;
  GPtrArray *entity_order;
  GPtrArray *relation_order;
};

/* graph.c */
void kg_graph_invalidate (KgGraph *graph);
/* @return (transfer full): the entities in id order; free with g_ptr_array_unref() */
GPtrArray *kg_graph_ref_entities (const KgGraph *graph);
/* @return (transfer full): the relations in (subject, predicate, object) order */
GPtrArray *kg_graph_ref_relations (const KgGraph *graph);
/* The entity \p id of \p graph, made with no type vote if needed. */
KgEntity *kg_graph_ensure_entity (KgGraph *graph, const char *id);

/* entity.c */
KgEntity *kg_entity_new (const char *id);
void kg_entity_free (KgEntity *entity);
void kg_entity_merge (KgEntity *dst, const KgEntity *src);
/* Adds \p extra to \p *count; counts saturate instead of wrapping. */
void kg_count_add (guint *count, guint extra);

/* relation.c */
void kg_relation_free (KgRelation *relation);
guint kg_relation_key_hash (gconstpointer key);
gboolean kg_relation_key_equal (gconstpointer a, gconstpointer b);
int kg_relation_compare (const KgRelation *a, const KgRelation *b);
int kg_evidence_compare (const KgEvidence *a, const KgEvidence *b);
gboolean kg_evidence_same_sentence (const KgEvidence *a, const KgEvidence *b);
/* The relation (\p subject, \p pred, \p object) of \p graph, made if needed;
 * the pair must already be in symmetric order. */
KgRelation *kg_graph_ensure_relation (KgGraph *graph, KgEntity *subject, KgPredicate pred,
                                      KgEntity *object);
void kg_relation_merge (KgRelation *dst, const KgRelation *src);

/* vocab.c: TRUE if \p text has a Hangul letter (so it is a Korean name). */
gboolean kg_text_is_hangul (const char *text);

G_END_DECLS

#endif /* KG_GRAPH_PRIVATE_H */
