//! The campaign report (`homevisit report`, and later `GET /api/campaigns/{id}/stats`):
//! every figure is computed from the database at the time it is asked for.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::store::campaigns::{self, Counts};
use crate::store::{self, Db};

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct Report {
    pub campaign: i64,
    pub name: String,
    pub roster: i64,
    #[serde(flatten)]
    pub counts: Counts,
    pub acceptance_rate: f64,
    pub by_language: BTreeMap<String, Counts>,
    /// Permanent send failures by provider error code (e.g. 21211 invalid number).
    pub failed_by_code: BTreeMap<String, i64>,
    /// Of this campaign's completed visits, how many families have a second visit booked or
    /// done (in a campaign launched with `--second-visit-of` this one).
    pub second_visits: i64,
    /// The campaign this one is the second visit of, if it is one.
    pub second_visit_of: Option<i64>,
}

fn rate(counts: &Counts) -> f64 {
    if counts.invited == 0 {
        0.0
    } else {
        counts.accepted as f64 / counts.invited as f64
    }
}

pub async fn campaign(db: &Db, id: i64) -> store::Result<Report> {
    let mut tx = db.read().await?;
    let campaign = campaigns::by_id(&mut tx, id).await?;
    let by_language = campaigns::funnel(&mut tx, &campaign).await?;
    let failed_by_code = campaigns::failures_by_code(&mut tx, &campaign).await?;
    let second_visits = campaigns::second_visits_of(&mut tx, campaign.id).await?;
    let second_visit_of = campaigns::second_visit_of(&mut tx, campaign.id).await?;
    tx.rollback().await?;
    let mut total = Counts::default();
    for c in by_language.values() {
        total.invited += c.invited;
        total.delivered += c.delivered;
        total.replied += c.replied;
        total.accepted += c.accepted;
        total.declined += c.declined;
        total.no_reply += c.no_reply;
        total.opted_out += c.opted_out;
        total.cancelled += c.cancelled;
        total.completed += c.completed;
        total.failed += c.failed;
    }
    Ok(Report {
        campaign: campaign.id,
        name: campaign.name,
        roster: campaign.roster_size,
        acceptance_rate: rate(&total),
        counts: total,
        by_language,
        failed_by_code,
        second_visits,
        second_visit_of,
    })
}

const COLUMNS: [&str; 11] = [
    "invited",
    "delivered",
    "replied",
    "accepted",
    "declined",
    "no_reply",
    "opted_out",
    "cancelled",
    "completed",
    "failed",
    "acceptance_rate",
];

fn cells(c: &Counts) -> Vec<String> {
    vec![
        c.invited.to_string(),
        c.delivered.to_string(),
        c.replied.to_string(),
        c.accepted.to_string(),
        c.declined.to_string(),
        c.no_reply.to_string(),
        c.opted_out.to_string(),
        c.cancelled.to_string(),
        c.completed.to_string(),
        c.failed.to_string(),
        format!("{:.3}", rate(c)),
    ]
}

impl Report {
    /// One row per language and a total row.
    pub fn to_csv(&self) -> Result<String, csv::Error> {
        let mut out = csv::Writer::from_writer(Vec::new());
        let mut header = vec!["language"];
        header.extend(COLUMNS);
        out.write_record(&header)?;
        for (language, counts) in &self.by_language {
            let mut row = vec![language.clone()];
            row.extend(cells(counts));
            out.write_record(&row)?;
        }
        let mut row = vec!["all".to_string()];
        row.extend(cells(&self.counts));
        out.write_record(&row)?;
        let bytes = out.into_inner().map_err(|e| e.into_error())?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    pub fn to_text(&self) -> String {
        let c = &self.counts;
        let mut text = format!(
            "Campaign {} — {}\nroster {}, invited {} ({:.0}% coverage)\ndelivered {}, replied {}\naccepted {} ({:.0}%), declined {}, no reply {}, opted out {}, cancelled {}, completed {}, failed {}\n",
            self.campaign,
            self.name,
            self.roster,
            c.invited,
            if self.roster > 0 {
                100.0 * c.invited as f64 / self.roster as f64
            } else {
                0.0
            },
            c.delivered,
            c.replied,
            c.accepted,
            100.0 * self.acceptance_rate,
            c.declined,
            c.no_reply,
            c.opted_out,
            c.cancelled,
            c.completed,
            c.failed,
        );
        if let Some(first) = self.second_visit_of {
            text += &format!("second visit of campaign {first}\n");
        }
        if c.completed > 0 || self.second_visits > 0 {
            text += &format!(
                "second visits: {} of {} completed first visits\n",
                self.second_visits, c.completed
            );
        }
        for (language, l) in &self.by_language {
            text += &format!(
                "  {language}: invited {}, accepted {}, declined {}, no reply {}, opted out {}\n",
                l.invited, l.accepted, l.declined, l.no_reply, l.opted_out
            );
        }
        for (code, n) in &self.failed_by_code {
            text += &format!("  failed sends with error {code}: {n}\n");
        }
        text
    }
}
