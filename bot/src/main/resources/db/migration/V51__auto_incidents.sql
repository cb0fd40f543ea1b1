-- Incidents Relais declared by itself (outage detection per channel): an incident declared by hand
-- has no row here and is never ended by a monitor. confirmed_by is the administrator who confirmed it.
create table auto_incidents (
    incident_id  varchar(40) primary key,
    channel      varchar(32) not null,
    detected_at  timestamp with time zone not null,
    confirmed_by varchar(100),
    confirmed_at timestamp with time zone
);
-- Per channel, the message an administrator wrote in advance for the automatic end of an incident.
create table detection_recovery_messages (
    channel    varchar(32) primary key,
    message_fr varchar(4000) not null,
    message_en varchar(4000) not null
);
