import { AttendanceMode, AttendanceStatus } from '@cei/domain';
import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize } from '../common/validation.js';
import { conveningMessages as m } from './convening.messages.js';

/** The most entries one call takes: far more than a convening's attendees. */
export const MAX_ATTENDANCE_ENTRIES = 1000;

@InputType({ description: "One member's attendance at the convening." })
export class AttendanceEntryInput {
  @Field(() => ID, {
    description:
      "The member's membership: active on the convening's day, on a team of one of its cohorts.",
  })
  membershipId: string;

  @Field(() => AttendanceStatus, { description: 'Present, absent or excused.' })
  status: AttendanceStatus;

  @Field(() => AttendanceMode, {
    nullable: true,
    description:
      'In person or online: only for a member present at a hybrid convening, where it is optional.',
  })
  mode?: AttendanceMode | null;
}

@InputType({
  description:
    "A convening's attendance, entered at once: each entry sets one member's record (added or replaced).",
})
export class RecordAttendanceInput {
  @Field(() => [AttendanceEntryInput], {
    description: 'One entry per member; a member may appear only once.',
  })
  @ArrayMinSize(1, { message: m.entriesRequired() })
  @ArrayMaxSize(MAX_ATTENDANCE_ENTRIES, {
    message: m.tooManyEntries({ max: MAX_ATTENDANCE_ENTRIES }),
  })
  entries: AttendanceEntryInput[];
}
