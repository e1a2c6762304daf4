/* kc-psfs.h: the Patient-Specific Functional Scale
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The patient names three to five activities the problem makes hard
 * ("climbing stairs") and rates each 0–10: 0 is unable to do it, 10 is as
 * before the problem.  Rated again each week, the change shows whether
 * the patient can do more.  Stratford P, Gill C, Westaway M, Binkley J.
 * Physiotherapy Canada 1995;47:258–263; the smallest change that matters,
 * about 2 points on the average and 3 on one activity: Horn KK et al.,
 * J Orthop Sports Phys Ther 2012;42(1):30–42.
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KC_PSFS_MIN_ACTIVITIES 3
#define KC_PSFS_MAX_ACTIVITIES 5
#define KC_PSFS_MAX_SCORE      10

/* The smallest change that matters, in points. */
#define KC_PSFS_MCID_AVERAGE   2.0
#define KC_PSFS_MCID_ACTIVITY  3.0

#define KC_PSFS_NO_SCORE       (-1)

typedef struct
{
  char  *id;      /* stable within its plan: ratings name it */
  char  *name;    /* in the patient's words */
  GDate  added;   /* when it was named; may be invalid */
} KcPsfsActivity;

typedef struct
{
  GDate  date;
  char  *activity_id;
  guint  score;   /* 0–10 */
} KcPsfsRating;

#define KC_TYPE_PSFS_ACTIVITY (kc_psfs_activity_get_type ())
#define KC_TYPE_PSFS_RATING   (kc_psfs_rating_get_type ())

GType           kc_psfs_activity_get_type (void) G_GNUC_CONST;
KcPsfsActivity *kc_psfs_activity_new      (const char           *id,
                                           const char           *name,
                                           const GDate          *added);
KcPsfsActivity *kc_psfs_activity_copy     (const KcPsfsActivity *self);
void            kc_psfs_activity_free     (KcPsfsActivity       *self);

GType           kc_psfs_rating_get_type   (void) G_GNUC_CONST;
KcPsfsRating   *kc_psfs_rating_new        (const GDate          *date,
                                           const char           *activity_id,
                                           guint                 score);
KcPsfsRating   *kc_psfs_rating_copy       (const KcPsfsRating   *self);
void            kc_psfs_rating_free       (KcPsfsRating         *self);

gboolean        kc_psfs_change_matters    (double                first,
                                           double                latest,
                                           gboolean              average);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KcPsfsActivity, kc_psfs_activity_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (KcPsfsRating, kc_psfs_rating_free)

G_END_DECLS
