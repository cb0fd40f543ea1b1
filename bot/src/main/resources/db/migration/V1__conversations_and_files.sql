-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode (the embedded default).

-- One row per conversation: its compact snapshot. version drives optimistic locking across instances.
create table conversations (
    conversation_key varchar(300) primary key,
    flow             varchar(64)  not null,
    state            varchar(64)  not null,
    data             text         not null,
    version          bigint       not null,
    updated_at       timestamp with time zone not null
);
create index conversations_updated_at on conversations (updated_at);

-- Evidence files and generated files (drafts, archives), in the database so every instance sees them.
create table files (
    id          varchar(64)  primary key,
    owner_key   varchar(300) not null,
    name        varchar(255) not null,
    mime        varchar(100) not null,
    size        bigint       not null,
    sha256      char(64)     not null,
    received_at timestamp with time zone not null,
    content     bytea        not null
);
create index files_owner_key on files (owner_key);

-- Telegram updates already handled: each update_id is answered at most once, across restarts.
create table telegram_updates (
    update_id    bigint primary key,
    processed_at timestamp with time zone not null
);
create index telegram_updates_processed_at on telegram_updates (processed_at);
