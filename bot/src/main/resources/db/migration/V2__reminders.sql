-- Follow-up reminders. A reminder is claimed (claimed_by, claim_token) by exactly one instance
-- before it fires; unclaimed ones are the conversation's pending reminder.
create table reminders (
    id               varchar(64)  primary key,
    conversation_key varchar(300) not null,
    due_at           timestamp with time zone not null,
    scheduled_at     timestamp with time zone not null,
    claimed_by       varchar(100),
    claim_token      varchar(64),
    claimed_at       timestamp with time zone
);
create index reminders_due on reminders (due_at);
create index reminders_conversation on reminders (conversation_key);
