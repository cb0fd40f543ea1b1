-- The business profile admins edit (one row). Every contact may be empty; zone null follows RELAIS_ZONE.
create table business_profile (
    id               integer      primary key,
    name             varchar(100),
    email            varchar(254),
    phone            varchar(30),
    contact_form     varchar(500),
    chat_url         varchar(500),
    hours_fr         varchar(500),
    hours_en         varchar(500),
    languages        varchar(100) not null,
    status_note_fr   varchar(500),
    status_note_en   varchar(500),
    time_zone        varchar(64),
    updated_by       varchar(100),
    updated_at       timestamp with time zone
);
