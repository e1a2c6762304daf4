/* kc-plan-limits.h: the one set of limits a plan keeps to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entry widgets, the model, the writer and data/schema/plan.rng (which
 * the importer and the loader read through) use these numbers, so that no
 * edit silently cuts what was saved and no action makes a plan the loader
 * refuses.  tests/test-plan-store.c checks that the schema says the same.
 */
#pragma once

/* The longest texts, in characters (xsd:string maxLength counts characters). */
#define KC_PLAN_MAX_NAME    200
#define KC_PLAN_MAX_PATIENT 200
#define KC_PLAN_MAX_NOTES   100000

/* The largest number of sets, repetitions, seconds held or minutes. */
#define KC_PLAN_MAX_DOSE    999

/* Exercises on one day, and days in the log (ten years of every day): a
 * plan far over them took minutes to save.  The reader refuses a file over
 * them with its line; the model refuses to add more. */
#define KC_PLAN_MAX_ITEMS_PER_DAY 50
#define KC_PLAN_MAX_LOG_DAYS      3660
/* Ten years of ten exercises a day. */
#define KC_PLAN_MAX_RECORDS       36600
/* Ten years of rating five activities every day. */
#define KC_PLAN_MAX_PSFS_RATINGS  18300

/* Text is capped by the safe reader (KC_XML_MAX_TEXT in
 * src/content/kc-xml.h; kc-plan-file.c checks that the notes fit).  Words
 * are not: whatever a user types saves and loads, and the notes view
 * wraps inside a word (wrap-mode word-char), so no word is slow there. */
