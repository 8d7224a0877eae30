import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@app/identity';
import { RegisterModule } from '@app/register';
import { SeatingPlan } from './seating/seating-plan.entity.js';
import { SeatingPlansController } from './seating/seating-plans.controller.js';
import { SeatingPlansService } from './seating/seating-plans.service.js';

/** Protocol outputs: seating plans, and the files made from them. */
@Module({
  imports: [TypeOrmModule.forFeature([SeatingPlan]), IdentityModule, RegisterModule],
  controllers: [SeatingPlansController],
  providers: [SeatingPlansService],
  exports: [SeatingPlansService],
})
export class ProtocolModule {}
