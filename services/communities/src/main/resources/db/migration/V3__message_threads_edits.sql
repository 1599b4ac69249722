-- Replies in threads, and edits and deletions that clients catch up on: every change of a
-- channel (post, edit, delete) takes the channel's next seq as the message's change_seq.
alter table messages add column parent_id uuid references messages (id);
alter table messages add column change_seq bigint;
alter table messages add column edited_at timestamptz;
alter table messages add column deleted_at timestamptz;
update messages set change_seq = seq;
alter table messages alter column change_seq set not null;
create unique index messages_by_change on messages (channel_id, change_seq);
