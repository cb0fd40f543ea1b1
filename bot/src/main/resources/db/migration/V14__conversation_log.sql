-- Every message of a conversation, in order: the outbox channels send from and the transcript the
-- agent desk reads. A turn's row (what the person sent, masked, and the replies it owes) is written
-- in the same transaction as the conversation's snapshot, so a committed turn's replies always
-- reach the person; a message the bot or an agent writes outside a turn gets a row of its own.
-- id: microseconds since the epoch, increasing within a conversation (even for turns, odd outside);
-- message n of a row has the stable id id * 100 + n (0: the person's, 1+: the replies).
-- Rows are kept after they are sent and erased with the conversation (/forget, retention).
create table conversation_log (
    conversation_key varchar(300) not null,
    id               bigint       not null,
    at               timestamp with time zone not null,
    author           varchar(8)   not null,
    name             varchar(100),
    language         varchar(8),
    person           text,
    replies          text         not null,
    reply_count      integer      not null,
    primary key (conversation_key, id)
);

-- The log rows whose replies the channel has not all accepted yet (sent: how many it did): inserted
-- with the row, deleted once its last reply is accepted. Marking a reply sent thus touches this
-- small table only, never rewrites the log's row; the index finds what a starting channel owes.
create table conversation_owed (
    conversation_key varchar(300) not null,
    id               bigint       not null,
    sent             integer      not null,
    committed_at     timestamp with time zone not null,
    primary key (conversation_key, id)
);
create index conversation_owed_committed on conversation_owed (committed_at);
