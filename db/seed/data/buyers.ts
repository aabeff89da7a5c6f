import type { AddressSnapshot } from '@/db/schema'

/**
 * Shoppers whose past orders and reviews fill the demo. They cannot sign in: they have no
 * password, and their addresses use the reserved `.example` domain so no mail ever leaves.
 */
export type CrowdBuyerSeed = {
  name: string
  city: string
  state: string
  pin: string
  /** Street and area for the parcel address; a flat number is added per buyer. */
  street: string
}

export const CROWD_BUYERS: readonly CrowdBuyerSeed[] = [
  { name: 'Aarav Mehta', city: 'Ahmedabad', state: 'Gujarat', pin: '380009', street: 'CG Road, Navrangpura' },
  { name: 'Ananya Iyer', city: 'Chennai', state: 'Tamil Nadu', pin: '600020', street: 'Gandhi Nagar, Adyar' },
  { name: 'Rohan Kulkarni', city: 'Pune', state: 'Maharashtra', pin: '411038', street: 'Paud Road, Kothrud' },
  { name: 'Sneha Reddy', city: 'Hyderabad', state: 'Telangana', pin: '500034', street: 'Road No. 12, Banjara Hills' },
  { name: 'Vikram Singh Rathore', city: 'Jaipur', state: 'Rajasthan', pin: '302015', street: 'Tonk Road, Lal Kothi' },
  { name: 'Kavya Menon', city: 'Kochi', state: 'Kerala', pin: '682020', street: 'Panampilly Nagar' },
  { name: 'Ishita Banerjee', city: 'Kolkata', state: 'West Bengal', pin: '700029', street: 'Hindustan Park, Gariahat' },
  { name: 'Siddharth Rao', city: 'Bengaluru', state: 'Karnataka', pin: '560038', street: '100 Feet Road, Indiranagar' },
  { name: 'Pooja Sharma', city: 'New Delhi', state: 'Delhi', pin: '110017', street: 'Saket, Press Enclave Marg' },
  { name: 'Rahul Verma', city: 'Lucknow', state: 'Uttar Pradesh', pin: '226010', street: 'Vibhuti Khand, Gomti Nagar' },
  { name: 'Nikita Joshi', city: 'Mumbai', state: 'Maharashtra', pin: '400050', street: 'Hill Road, Bandra West' },
  { name: 'Aditya Patil', city: 'Nashik', state: 'Maharashtra', pin: '422005', street: 'College Road' },
  { name: 'Meenakshi Sundaram', city: 'Madurai', state: 'Tamil Nadu', pin: '625020', street: 'KK Nagar' },
  { name: 'Farhan Qureshi', city: 'Bhopal', state: 'Madhya Pradesh', pin: '462016', street: 'Arera Colony' },
  { name: 'Harpreet Kaur', city: 'Amritsar', state: 'Punjab', pin: '143001', street: 'Lawrence Road' },
  { name: 'Gaurav Agarwal', city: 'Kanpur', state: 'Uttar Pradesh', pin: '208002', street: 'Swaroop Nagar' },
  { name: 'Divya Pillai', city: 'Thiruvananthapuram', state: 'Kerala', pin: '695004', street: 'Kowdiar' },
  { name: 'Sanjay Gupta', city: 'Indore', state: 'Madhya Pradesh', pin: '452010', street: 'Vijay Nagar' },
  { name: 'Neha Saxena', city: 'Noida', state: 'Uttar Pradesh', pin: '201301', street: 'Sector 18' },
  { name: 'Abhishek Das', city: 'Bhubaneswar', state: 'Odisha', pin: '751007', street: 'Saheed Nagar' },
  { name: 'Lakshmi Venkatesh', city: 'Mysuru', state: 'Karnataka', pin: '570020', street: 'Kuvempunagar' },
  { name: 'Tanvi Shah', city: 'Surat', state: 'Gujarat', pin: '395007', street: 'Vesu, VIP Road' },
  { name: 'Manish Tiwari', city: 'Prayagraj', state: 'Uttar Pradesh', pin: '211002', street: 'Civil Lines' },
  { name: 'Riya Chatterjee', city: 'Howrah', state: 'West Bengal', pin: '711101', street: 'Shibpur Road' },
  { name: 'Karthik Subramanian', city: 'Coimbatore', state: 'Tamil Nadu', pin: '641018', street: 'RS Puram' },
  { name: 'Zoya Khan', city: 'Hyderabad', state: 'Telangana', pin: '500033', street: 'Jubilee Hills' },
  { name: 'Amit Chauhan', city: 'Dehradun', state: 'Uttarakhand', pin: '248001', street: 'Rajpur Road' },
  { name: 'Shreya Bhat', city: 'Mangaluru', state: 'Karnataka', pin: '575003', street: 'Kadri' },
  { name: 'Deepak Yadav', city: 'Patna', state: 'Bihar', pin: '800001', street: 'Fraser Road' },
  { name: 'Nandini Krishnan', city: 'Chennai', state: 'Tamil Nadu', pin: '600040', street: 'Anna Nagar' },
]

/** The address book entry of the demo buyer (DEMO_ACCOUNTS.buyer), used for her seeded orders too. */
export const DEMO_BUYER_ADDRESS: Omit<AddressSnapshot, 'name' | 'phone'> = {
  line1: 'Flat 402, Sunrise Apartments, 12 Kasturba Road',
  line2: 'Near Cubbon Park',
  landmark: 'Opposite Chinnaswamy Stadium',
  city: 'Bengaluru',
  state: 'Karnataka',
  pin: '560001',
}
