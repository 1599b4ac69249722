-- Surveys may ask the people of some organisations only (one name a line; empty for all).
alter table surveys add column audience_organisations text not null default '';
