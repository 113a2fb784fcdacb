/* SPDX-License-Identifier: MIT */
/**
 * @file kg-extract.h
 * @brief The extract stage: from document text to a partial graph.
 *
 * A document is decoded to UTF-8 (kg_document_decode()), then run through a
 * fixed sequence of passes, each named in one registry
 * (kg_extract_passes()): boilerplate, sentences, lexicon, discovery,
 * resolve, relations.  Each document gives its own small KgGraph, which the
 * caller merges (kg_graph_merge()); extraction of one document never depends
 * on another, so any sharding gives the same merged graph.
 *
 * The lexicon, relation triggers, discovery cues and boilerplate forms are
 * data files embedded in the binary; users add or override them.
 */
#ifndef KG_EXTRACT_H
#define KG_EXTRACT_H

#include <glib.h>

#include "kg-graph.h"

G_BEGIN_DECLS

/** @name Documents */
/**@{*/
/**
 * Decodes a file's bytes to normalised UTF-8 text: strips a UTF-8 BOM,
 * converts CP949/EUC-KR (g_convert) when the bytes are not UTF-8, turns CRLF
 * and CR into LF, and normalises to NFC.
 * @param name the file name, for messages
 * @param data the file's bytes
 * @param len the number of bytes
 * @param out_len (out): length of the returned text in bytes
 * @return (transfer full): the text; free with g_free().  NULL with \p error
 *   (KG_EXTRACT_ERROR_BINARY, _ENCODING or _EMPTY) when the file is not text
 * @param error return location for an error
 */
char *kg_document_decode (const char *name, const guint8 *data, gsize len, gsize *out_len,
                          GError **error);
/**@}*/

/** @name Lexicon */
/**@{*/
/** The entities kgraph knows by name, with their aliases (opaque). */
typedef struct _KgLexicon KgLexicon;

/** @return (transfer full): an empty lexicon; free with kg_lexicon_free() */
KgLexicon *kg_lexicon_new (void);
/** @return (transfer full): the embedded default lexicon, or NULL with \p error */
KgLexicon *kg_lexicon_new_default (GError **error);
/**
 * Adds the entries of a lexicon JSON file.  An entry whose id is already
 * present replaces it.  Errors name the file, and for JSON syntax errors the
 * line and column.
 */
gboolean kg_lexicon_load_file (KgLexicon *lexicon, const char *path, GError **error);
/** Same as kg_lexicon_load_file(), from memory; \p name is used in messages. */
gboolean kg_lexicon_load_data (KgLexicon *lexicon, const char *data, gsize len,
                               const char *name, GError **error);
/** Frees \p lexicon.  NULL is allowed. */
void kg_lexicon_free (KgLexicon *lexicon);
/** @return the number of entities listed */
guint kg_lexicon_size (const KgLexicon *lexicon);
/** Called for each alias the matcher searches for. */
typedef void (*KgAliasFunc) (const char *alias, const char *entity_id, gpointer user_data);
/** Visits every alias with its entity id, sorted by alias then id. */
void kg_lexicon_foreach_alias (const KgLexicon *lexicon, KgAliasFunc func, gpointer user_data);
/**@}*/

/** @name Extraction */
/**@{*/
/** A compiled extractor: lexicon matcher and rules (opaque, read-only once built). */
typedef struct _KgExtractor KgExtractor;

/** One pass of the extract stage, as listed by kg_extract_passes(). */
typedef struct {
  const char *name;    /**< "boilerplate", "sentences", "lexicon", ... */
  const char *summary; /**< one line for --help and docs */
} KgPassInfo;

/**
 * @param n (out): the number of passes
 * @return (transfer none): the passes, in the order they run
 */
const KgPassInfo *kg_extract_passes (guint *n);

/**
 * Makes an extractor from a lexicon and the embedded rule files (or those in
 * \p data_dir, when a file of the same name is there).  Compiles the matcher
 * once; the extractor is then read-only and may be used from many threads.
 * @param lexicon (transfer none): must outlive the extractor
 * @param data_dir (nullable): a folder whose relations.ko.json,
 *   relations.en.json, cues.json, boilerplate.json replace the embedded ones
 * @param error return location for an error
 * @return (transfer full): free with kg_extractor_free(); NULL with \p error
 */
KgExtractor *kg_extractor_new (const KgLexicon *lexicon, const char *data_dir, GError **error);
/** Frees \p extractor.  NULL is allowed. */
void kg_extractor_free (KgExtractor *extractor);
/**
 * Turns a pass on or off by name (e.g. "discovery").
 * @return FALSE if no pass has that name, or it cannot be turned off
 */
gboolean kg_extractor_set_pass (KgExtractor *extractor, const char *name, gboolean enabled);
/**
 * Extracts one document.  Thread-safe for concurrent calls.
 * @param extractor the extractor
 * @param doc_id the document id recorded in evidence
 * @param text decoded UTF-8 text, as kg_document_decode() gives
 * @param len length of \p text in bytes
 * @return (transfer full): the document's partial graph
 */
KgGraph *kg_extractor_run (const KgExtractor *extractor, const char *doc_id, const char *text,
                           gsize len);
/**@}*/

/** Error domain of the extract stage. */
#define KG_EXTRACT_ERROR (kg_extract_error_quark ())
/** @return the GQuark of KG_EXTRACT_ERROR */
GQuark kg_extract_error_quark (void);
/** Error codes in KG_EXTRACT_ERROR. */
typedef enum {
  KG_EXTRACT_ERROR_BINARY,   /**< the file is binary (NUL bytes, a known magic number) */
  KG_EXTRACT_ERROR_ENCODING, /**< neither UTF-8 nor CP949 */
  KG_EXTRACT_ERROR_EMPTY,    /**< no text */
  KG_EXTRACT_ERROR_LEXICON,  /**< a lexicon file is malformed */
  KG_EXTRACT_ERROR_RULES     /**< a rule file is malformed */
} KgExtractError;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KgLexicon, kg_lexicon_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KgExtractor, kg_extractor_free)

G_END_DECLS

#endif /* KG_EXTRACT_H */
