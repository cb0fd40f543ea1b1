-- /continue links: each opens one conversation on the web chat, once, until it expires. Rows are
-- deleted a day after they expire.
create table continuations (
    nonce            varchar(32) primary key,
    conversation_key varchar(300) not null,
    expires_at       timestamp with time zone not null,
    used_at          timestamp with time zone
);
