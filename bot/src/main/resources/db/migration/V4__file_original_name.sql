-- The name the user's device gave a file, kept as provenance (null for files Relais generated).
alter table files add column original_name varchar(255);
