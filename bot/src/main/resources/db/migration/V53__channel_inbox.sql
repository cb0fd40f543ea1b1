-- Every channel's events as they arrive, before they are handled (the inbox shared by the
-- channels): the platform's id per channel counts each event once whoever receives it; position
-- orders one conversation's events (an update number, a timestamp). Handled rows are purged after
-- a day.
create table channel_inbox (
    channel      varchar(16)  not null,
    event_id     varchar(128) not null,
    conversation varchar(64),
    position     bigint       not null,
    payload      text         not null,
    received_at  timestamp with time zone not null,
    claimed_by   varchar(64)  not null,
    claimed_at   timestamp with time zone not null,
    handled_at   timestamp with time zone,
    primary key (channel, event_id)
);
-- Serves both the purge (old handled rows) and the recovery scan (handled_at is null).
create index channel_inbox_handled_at on channel_inbox (channel, handled_at);
