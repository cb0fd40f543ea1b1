-- Reminders by email, for people whose channel cannot write to them later (the web chat). One row
-- per email due; the address lives only here, and only until its last email is sent (the row is
-- then deleted). token: the one-click unsubscribe token, shared by a conversation's emails.
-- claimed_by/claim_token: the instance sending it (each email is claimed by exactly one).
create table email_reminders (
    id               varchar(64)  primary key,
    token            varchar(64)  not null,
    conversation_key varchar(300) not null,
    address          varchar(254) not null,
    language         varchar(8)   not null,
    kind             varchar(64)  not null,
    due_at           timestamp with time zone not null,
    attempts         integer      not null default 0,
    claimed_by       varchar(100),
    claim_token      varchar(64),
    claimed_at       timestamp with time zone
);
create index email_reminders_due on email_reminders (due_at);
create index email_reminders_conversation on email_reminders (conversation_key);
create index email_reminders_token on email_reminders (token);
