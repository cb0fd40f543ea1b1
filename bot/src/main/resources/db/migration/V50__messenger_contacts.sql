-- Messenger: when each person last wrote (Meta's 24-hour window, and 7 days for an agent's reply
-- with the HUMAN_AGENT tag, count from it) and the numbered list they were last shown (quick
-- replies hold 20 characters: longer labels are listed and answered by number). Rows of people
-- silent for more than the 7-day window are forgotten.
create table messenger_contacts (
    psid            varchar(32) primary key,
    last_message_at timestamp with time zone,
    numbered        varchar(4000) not null
);
