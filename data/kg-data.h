/* SPDX-License-Identifier: MIT */
/**
 * @file kg-data.h
 * @brief The data files (lexicon, triggers, cues, boilerplate, style),
 * embedded with GResource and overridable from a folder.
 */
#ifndef KG_DATA_H
#define KG_DATA_H

#include <glib.h>

G_BEGIN_DECLS

/**
 * Returns the bytes of the data file \p name ("lexicon.json", "style.json",
 * ...): from \p data_dir when it holds a file of that name, else the embedded
 * copy.
 * @param name the file name
 * @param data_dir (nullable): a folder of overrides
 * @param error return location for an error
 * @return (transfer full): the bytes; free with g_bytes_unref().  NULL with
 *   \p error when neither exists or the file cannot be read
 */
GBytes *kg_data_get (const char *name, const char *data_dir, GError **error);

G_END_DECLS

#endif /* KG_DATA_H */
