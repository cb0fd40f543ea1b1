-- Incidents on the business's channels (outage mode) and every update the admins published.
create table incidents (
    id         varchar(64)  primary key,
    channel    varchar(32)  not null,
    opened_at  timestamp with time zone not null,
    closed_at  timestamp with time zone
);
create index incidents_channel_open on incidents (channel, closed_at);

create table incident_updates (
    incident_id         varchar(64) not null references incidents (id) on delete cascade,
    seq                 integer     not null,
    at                  timestamp with time zone not null,
    status              varchar(16) not null,
    message_fr          text        not null,
    message_en          text        not null,
    expected_resolution timestamp with time zone,
    primary key (incident_id, seq)
);
