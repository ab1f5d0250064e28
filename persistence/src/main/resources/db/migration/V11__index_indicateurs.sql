-- The indicators read one period at a time: referrals and closings by date, urgent decisions by time, and
-- rectificatifs by the decision they correct.
CREATE INDEX ix_situation_signalement ON situation (date_signalement);
CREATE INDEX ix_situation_cloture ON situation (date_cloture);
CREATE INDEX ix_decision_decidee_le ON decision (decidee_le);
CREATE INDEX ix_decision_rectifie ON decision (rectifie_decision_id);
